import type {Element, ElementContent} from 'xast'
import {x} from 'xastscript'
import {siteLanguages} from '../../config/languages.ts'
import type {Locale} from '../../config/locales.ts'
import {absoluteUrl} from '../../config/urls.ts'
import {imageRenditions} from '../../render/picture.ts'
import type {RenderedImage, RenderedRelease} from '../../render/render-release.ts'
import type {SiteModel} from '../site-model.ts'
import {xmlDocument, type XmlLayout} from '../../render/xml-document.ts'
import {xhtmlDocument} from './xhtml-document.ts'

/**
 * Where an item stands in its life, as NewsML-G2 says it: its version (raised by every change
 * partners must take), when that version was made, whether it may be used, and the notes to the
 * partners' editors (one per correction). Given to the builders, never worked out by them.
 */
export interface NewsmlStatus {
  /** 1 for the release as first published. */
  readonly version: number
  /** An ISO 8601 date-time with offset. */
  readonly versionCreated: string
  readonly pubStatus: 'stat:usable' | 'stat:canceled'
  readonly edNotes: readonly string[]
}

export const newsmlLayout: XmlLayout = {indent: '  ', encoding: 'UTF-8', ampersand: '&amp;'}

/** The media type NewsML-G2 gives its news items, for links and package references to them. */
export const newsItemType = 'application/vnd.iptc.g2.newsitem+xml'

// The IPTC's catalog of its controlled vocabularies, which defines every QCode alias used here
// (ninat, stat, irel, cpnat, drol, pgrmod).
const iptcCatalog = 'http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_33.xml'

/** The item's root: an IPTC NewsML-G2 2.35 item of the kind given, with the catalog and the rights. */
export function newsmlRoot(
  kind: 'newsItem' | 'packageItem',
  model: SiteModel,
  /** `lang`: the language of the item's text (default: none, as for a package of several). */
  item: {readonly guid: string; readonly version: number; readonly lang?: string},
  children: readonly ElementContent[]
): Element {
  return x(
    kind,
    {
      xmlns: 'http://iptc.org/std/nar/2006-10-01/',
      standard: 'NewsML-G2',
      standardversion: '2.35',
      conformance: 'power',
      guid: item.guid,
      version: item.version,
      'xml:lang': item.lang
    },
    [
      x('catalogRef', {href: iptcCatalog}),
      x('rightsInfo', [
        x('copyrightHolder', [x('name', model.config.syndication.copyrightHolder)]),
        x('usageTerms', model.config.syndication.usageTerms)
      ]),
      ...children
    ]
  )
}

/** The agency, named in the item's language. */
export function provider(model: SiteModel, locale: Locale): Element {
  return x('provider', {uri: absoluteUrl(model.config, '/')}, [x('name', model.translators[locale]('site.name'))])
}

/** itemClass to edNote: what every item's metadata opens with, in the schema's order. */
function itemManagement(model: SiteModel, article: RenderedRelease, itemClass: string, status: NewsmlStatus): Element[] {
  return [
    x('itemClass', {qcode: itemClass}),
    provider(model, article.locale),
    x('versionCreated', xsDateTime(status.versionCreated)),
    x('firstCreated', xsDateTime(article.published.iso)),
    ...(article.embargo ? [x('embargoed', xsDateTime(article.embargo))] : []),
    x('pubStatus', {qcode: status.pubStatus}),
    ...status.edNotes.map((note) => x('edNote', note))
  ]
}

/** A link to another NewsML-G2 item of this site: its URL, its guid and the version it is at. */
function itemLink(rel: string, href: string, version: number, extra: {readonly lang?: string}, children: readonly Element[]): Element {
  return x('link', {rel, href, residref: href, version, contenttype: newsItemType, 'xml:lang': extra.lang}, [...children])
}

/**
 * One release-language as a NewsML-G2 text item: its metadata, its body as XHTML, links to its
 * picture item and to its translations' items (each at its own status), and its partner copy.
 * A canceled item keeps its metadata, so partners know what to remove, but carries no content.
 */
export function newsmlTextItem(
  model: SiteModel,
  article: RenderedRelease,
  status: NewsmlStatus,
  translations: readonly {readonly article: RenderedRelease; readonly status: NewsmlStatus}[]
): string {
  const url = (path: string) => absoluteUrl(model.config, path)
  const languages = siteLanguages(model.config)
  const lang = languages.get(article.locale).tag
  const usable = status.pubStatus === 'stat:usable'
  const guid = url(model.paths.newsml(article.locale, article))
  const links = [
    ...(article.image
      ? [
          itemLink('irel:associatedWith', url(model.paths.newsmlPicture(article.locale, article)), status.version, {}, [
            x('itemClass', {qcode: 'ninat:picture'})
          ])
        ]
      : []),
    ...translations.map((other) =>
      itemLink(
        'irel:seeAlso',
        url(model.paths.newsml(other.article.locale, other.article)),
        other.status.version,
        {lang: languages.get(other.article.locale).tag},
        [x('itemClass', {qcode: 'ninat:text'}), x('title', other.article.title)]
      )
    ),
    x('link', {rel: 'irel:seeAlso', href: url(article.path), contenttype: 'text/html'})
  ]
  const contentMeta = x('contentMeta', [
    x('contentCreated', xsDateTime(article.published.iso)),
    ...(article.updated ? [x('contentModified', xsDateTime(article.updated.iso))] : []),
    ...(article.dateline ? [x('located', [x('name', article.dateline)])] : []),
    x('language', {tag: lang}),
    ...article.tags.map((tag) => x('subject', {type: 'cpnat:abstract', uri: url(model.paths.tag(article.locale, tag.id))}, [x('name', tag.name)])),
    x('headline', article.title),
    x('dateline', article.dateline ? `${article.dateline}, ${article.published.dateText}` : article.published.dateText),
    x('by', article.author ?? model.translators[article.locale]('site.name')),
    x('description', {role: 'drol:summary'}, article.summary)
  ])
  const contentSet = x('contentSet', [
    x('inlineXML', {contenttype: 'application/xhtml+xml', wordcount: article.wordCount}, [
      xhtmlDocument({title: article.title, lang, xhtmlBody: article.xhtmlBody})
    ]),
    x('remoteContent', {href: url(model.paths.partnerHtml(article.locale, article)), contenttype: 'text/html'})
  ])
  const item = newsmlRoot('newsItem', model, {guid, version: status.version, lang}, [
    x('itemMeta', [...itemManagement(model, article, 'ninat:text', status), ...links]),
    contentMeta,
    ...(usable ? [contentSet] : [])
  ])
  return xmlDocument(item, newsmlLayout)
}

/**
 * A release-language's lead image as a NewsML-G2 picture item: its caption and alt text in the
 * release's language, the file as it is and each of its renditions (AVIF, WebP and the source's
 * own format at every width) with its size and type, and a link back to its text item.
 */
export function newsmlPictureItem(model: SiteModel, article: RenderedRelease, image: RenderedImage, status: NewsmlStatus): string {
  const url = (path: string) => absoluteUrl(model.config, path)
  const lang = siteLanguages(model.config).get(article.locale).tag
  const guid = url(model.paths.newsmlPicture(article.locale, article))
  const renditions = imageRenditions(image, model.config.images).map((rendition) =>
    x('remoteContent', {href: url(rendition.path), contenttype: rendition.type, width: rendition.width, height: rendition.height})
  )
  const original = x('remoteContent', {
    href: url(image.src),
    contenttype: image.type,
    size: image.bytes,
    width: image.width,
    height: image.height
  })
  const item = newsmlRoot('newsItem', model, {guid, version: status.version, lang}, [
    x('itemMeta', [
      ...itemManagement(model, article, 'ninat:picture', status),
      itemLink('irel:associatedWith', url(model.paths.newsml(article.locale, article)), status.version, {}, [x('itemClass', {qcode: 'ninat:text'})])
    ]),
    x('contentMeta', [
      x('language', {tag: lang}),
      ...(image.caption ? [x('description', {role: 'drol:caption'}, image.caption)] : []),
      x('description', {role: 'drol:altText'}, image.alt)
    ]),
    ...(status.pubStatus === 'stat:usable' ? [x('contentSet', [original, ...renditions])] : [])
  ])
  return xmlDocument(item, newsmlLayout)
}

/** xs:dateTime needs the seconds, which front matter may leave out (`2024-05-19T10:00+05:00`). */
export function xsDateTime(iso: string): string {
  return iso.replace(/^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(?=Z|[+-])/, '$1:00')
}
