import rehypeRaw from 'rehype-raw'
import rehypeSanitize from 'rehype-sanitize'
import rehypeStringify from 'rehype-stringify'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import collectSiteLinks from './plugins/collect-site-links.ts'
import linkClobberedFragments from './plugins/link-clobbered-fragments.ts'
import localizeFootnotes from './plugins/localize-footnotes.ts'
import normalizeUzbek from './plugins/normalize-uzbek.ts'
import mediaDimensions from './plugins/media-dimensions.ts'
import stripIllegalCharacters from './plugins/strip-illegal-characters.ts'
import tableAlignmentClasses from './plugins/table-alignment-classes.ts'
import youtubeEmbeds from './plugins/youtube-embeds.ts'
import {sanitizeSchema} from './sanitize-schema.ts'

/**
 * The one Markdown processor, built once and frozen: every release-language goes through it
 * once, and every output is derived from the tree it returns. Per-file facts (locale words,
 * media sizes) travel on the VFile, never in the processor.
 */
export const markdownProcessor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(normalizeUzbek)
  // Footnote ids are prefixed once, by the sanitizer, not twice.
  .use(remarkRehype, {allowDangerousHtml: true, clobberPrefix: ''})
  .use(rehypeRaw)
  .use(stripIllegalCharacters)
  .use(collectSiteLinks)
  .use(youtubeEmbeds)
  .use(tableAlignmentClasses)
  .use(rehypeSanitize, sanitizeSchema)
  .use(localizeFootnotes)
  .use(linkClobberedFragments)
  .use(mediaDimensions)
  .use(rehypeStringify)
  .freeze()
