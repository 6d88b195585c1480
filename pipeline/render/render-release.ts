import type {Root} from 'hast'
import {toString} from 'hast-util-to-string'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {SiteConfig} from '../config/site-config.ts'
import {absoluteUrl, sitePathsFor} from '../config/urls.ts'
import {diagnostic, type Diagnostic} from '../diagnostics/diagnostic.ts'
import type {MediaIndex, MediaInfo} from '../load/media-index.ts'
import {formatDate, type LocalizedDate} from '../localize/format-date.ts'
import type {ResourceTree} from '../localize/locale-resources.ts'
import {createTranslator, MissingTranslationError} from '../localize/translator.ts'
import type {ReleaseDocument} from '../validate/read-release-document.ts'
import {absoluteProcessor, ampProcessor} from './derived-processors.ts'
import type {AmpExtension} from './amp/rehype-amp.ts'
import {markdownProcessor} from './markdown-processor.ts'
import type {SiteLink} from './plugins/collect-site-links.ts'

/** What a render needs: the validated source, its locale's strings, the config and media facts. */
export interface RenderInput {
  readonly document: ReleaseDocument
  readonly resources: ResourceTree
  readonly config: SiteConfig
  readonly media: MediaIndex
}

export interface RenderedImage extends Partial<MediaInfo> {
  readonly src: string
  readonly alt: string
  readonly caption?: string
}

/** One release-language, rendered once: plain data every output is assembled from. */
export interface RenderedRelease {
  readonly file: string
  readonly slug: string
  readonly locale: ReleaseDocument['locale']
  readonly year: string
  readonly month: string
  /** Site path of the article page, e.g. `/ru/2022/08/slug/`. */
  readonly path: string
  readonly title: string
  readonly summary: string
  readonly dateline?: string
  readonly author?: string
  readonly published: LocalizedDate
  readonly updated?: LocalizedDate
  readonly embargo?: string
  readonly draft: boolean
  readonly tags: readonly {readonly id: string; readonly name: string}[]
  readonly image?: RenderedImage
  readonly readingTime: string
  /** The sanitized article body, site-relative URLs. */
  readonly bodyHtml: string
  /** The same body with every URL absolute, for feeds and partner copies. */
  readonly absoluteBodyHtml: string
  /** The same body as AMP markup, when the site publishes AMP. */
  readonly amp?: {readonly bodyHtml: string; readonly extensions: readonly AmpExtension[]}
  /** Links to the site's own pages, positioned in the source file. */
  readonly siteLinks: readonly SiteLink[]
  readonly problems: readonly Diagnostic[]
}

const wordsPerMinute = 200

/** Render one release-language. Pure: the same input always gives the same output. */
export function renderRelease({document, resources, config, media}: RenderInput): RenderedRelease {
  const t = createTranslator(document.locale, resources)
  const problems: Diagnostic[] = []
  const fm = document.frontMatter
  const localeSettings = config.locales.find((l) => l.code === document.locale)!

  const file = new VFile({path: document.file, value: document.body})
  file.data.media = media
  file.data.uzbekLatin = document.locale === 'uz'
  file.data.footnoteLabels = {
    label: t('footnotes.label'),
    backLabel: (reference) => t('footnotes.backLabel', {reference})
  }
  const tree = markdownProcessor.runSync(markdownProcessor.parse(file), file) as Root
  const bodyHtml = markdownProcessor.stringify(tree, file)
  const amp = config.amp ? derive(ampProcessor, tree, new VFile({path: document.file})) : undefined
  const path = sitePathsFor(config).release(document.locale, document)
  const absolute = derive(absoluteProcessor, tree, new VFile({path: document.file, data: {pageUrl: absoluteUrl(config, path)}}))
  problems.push(...positioned([...file.messages, ...(amp?.file.messages ?? [])], document))
  const normalizedSpots = document.normalizedSpots + (file.data.normalizedSpots ?? 0)
  if (normalizedSpots > 0) {
    problems.push(diagnostic('info', document.file, `normalized ${normalizedSpots} Uzbek apostrophe${normalizedSpots === 1 ? '' : 's'} (oʻ gʻ with U+02BB, the tutuq belgisi ʼ with U+02BC); write them so in the source to silence this`))
  }

  const tags = (fm.tags ?? []).flatMap((id) => {
    try {
      return [{id, name: t(`tags.${id}`)}]
    } catch (error) {
      if (!(error instanceof MissingTranslationError)) throw error
      problems.push(diagnostic('error', document.file, `unknown tag "${id}", expected a tag with a name at "tags.${id}" in locales/${document.locale}.json`, {...document.positions.tags, field: 'tags'}))
      return []
    }
  })

  const minutes = Math.max(1, Math.round(countWords(toString(tree)) / wordsPerMinute))
  const image = fm.image ? renderImage(fm.image, media, document, problems) : undefined

  return {
    file: document.file,
    slug: document.slug,
    locale: document.locale,
    year: document.year,
    month: document.month,
    path,
    title: fm.title,
    summary: fm.summary,
    ...(fm.dateline === undefined ? {} : {dateline: fm.dateline}),
    ...(fm.author === undefined ? {} : {author: fm.author}),
    published: formatDate(fm.date, localeSettings.intl, config.timeZone),
    ...(fm.updated === undefined ? {} : {updated: formatDate(fm.updated, localeSettings.intl, config.timeZone)}),
    ...(fm.embargo === undefined ? {} : {embargo: fm.embargo}),
    draft: fm.draft ?? false,
    tags,
    ...(image === undefined ? {} : {image}),
    readingTime: t('article.readingTime', {count: minutes}),
    bodyHtml,
    absoluteBodyHtml: absolute.html,
    ...(amp === undefined ? {} : {amp: {bodyHtml: amp.html, extensions: amp.file.data.ampExtensions ?? []}}),
    siteLinks: (file.data.siteLinks ?? []).map((link) => ({...link, line: link.line + document.bodyLine - 1})),
    problems
  }
}

/** Run a derived processor on a copy of the article tree: the tree itself stays as it was. */
function derive(processor: typeof ampProcessor, tree: Root, file: VFile): {html: string; file: VFile} {
  const derived = processor.runSync(structuredClone(tree), file) as Root
  return {html: processor.stringify(derived, file), file}
}

/** Processor messages count lines from the body; editors count them from the top of the file. */
function positioned(messages: readonly VFileMessage[], document: ReleaseDocument): Diagnostic[] {
  return messages.map((message) =>
    diagnostic(message.fatal ? 'error' : 'warning', document.file, message.reason, {
      line: (message.line ?? 1) + document.bodyLine - 1,
      column: message.column ?? 1
    })
  )
}

function renderImage(
  image: NonNullable<ReleaseDocument['frontMatter']['image']>,
  media: MediaIndex,
  document: ReleaseDocument,
  problems: Diagnostic[]
): RenderedImage {
  const info = media[image.src]
  if (!info) {
    problems.push(diagnostic('warning', document.file, `image ${image.src} not found, expected a file at content${image.src}`, {...document.positions.image, field: 'image.src'}))
  }
  return {
    ...info,
    src: image.src,
    alt: image.alt,
    ...(image.width === undefined ? {} : {width: image.width}),
    ...(image.height === undefined ? {} : {height: image.height}),
    ...(image.caption === undefined ? {} : {caption: image.caption})
  }
}

function countWords(text: string): number {
  return text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length
}
