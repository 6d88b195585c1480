import rehypeSanitize from 'rehype-sanitize'
import rehypeStringify from 'rehype-stringify'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import collectSiteLinks from './plugins/collect-site-links.ts'
import guardGfmAttempts from './plugins/guard-gfm-attempts.ts'
import imageTitleCaptions from './plugins/image-title-captions.ts'
import limitNesting from './plugins/limit-nesting.ts'
import linkClobberedFragments from './plugins/link-clobbered-fragments.ts'
import localizeFootnotes from './plugins/localize-footnotes.ts'
import lowercaseUrlSchemes from './plugins/lowercase-url-schemes.ts'
import normalizeUzbek from './plugins/normalize-uzbek.ts'
import mediaDimensions from './plugins/media-dimensions.ts'
import rawHtmlPerBlock, {rawHtmlHandlers} from './plugins/raw-html-per-block.ts'
import responsiveImages from './plugins/responsive-images.ts'
import relevelHeadings from './plugins/relevel-headings.ts'
import repairContentModel from './plugins/repair-content-model.ts'
import stripIllegalCharacters from './plugins/strip-illegal-characters.ts'
import tableAlignmentClasses from './plugins/table-alignment-classes.ts'
import tableShape from './plugins/table-shape.ts'
import usableUrls from './plugins/usable-urls.ts'
import validAttributeValues from './plugins/valid-attribute-values.ts'
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
  .use(guardGfmAttempts)
  .use(normalizeUzbek)
  // Footnote ids are prefixed once, by the sanitizer, not twice.
  .use(remarkRehype, {allowDangerousHtml: true, clobberPrefix: '', handlers: rawHtmlHandlers})
  .use(rawHtmlPerBlock)
  .use(stripIllegalCharacters)
  .use(youtubeEmbeds)
  .use(tableAlignmentClasses)
  .use(relevelHeadings)
  .use(lowercaseUrlSchemes)
  .use(rehypeSanitize, sanitizeSchema)
  // Right after sanitizing: every later step and every derived body sees only usable URLs,
  // valid attribute values and elements where HTML allows them.
  .use(usableUrls)
  .use(validAttributeValues)
  .use(limitNesting)
  .use(imageTitleCaptions)
  .use(repairContentModel)
  .use(tableShape)
  .use(collectSiteLinks)
  .use(localizeFootnotes)
  .use(linkClobberedFragments)
  .use(mediaDimensions)
  .use(responsiveImages)
  .use(rehypeStringify)
  .freeze()
