import {js2xml, type ElementCompact} from 'xml-js'
import type {Locale} from '../../config/locales.ts'
import {absoluteUrl, fileForPath} from '../../config/urls.ts'
import type {OutputFile} from '../output-file.ts'
import {languagesOf} from '../pages/article-page.ts'
import {localeTag, type LanguageLink} from '../pages/document.ts'
import {outputKey} from '../output-key.ts'
import {localesOf, releasesIn, type SiteModel} from '../site-model.ts'

const sitemapNamespace = 'http://www.sitemaps.org/schemas/sitemap/0.9'
const xhtmlNamespace = 'http://www.w3.org/1999/xhtml'

export function xmlDocument(root: Record<string, ElementCompact>): string {
  return `${js2xml({_declaration: {_attributes: {version: '1.0', encoding: 'UTF-8'}}, ...escapedForXmlJs(root)}, {compact: true, spaces: 2})}\n`
}

/**
 * The tree as xml-js 1.6 must be given it to write its texts exactly: its js2xml turns a text's
 * `&amp;` back into `&` before escaping (a title's literal `&amp;` would lose its `amp;`) and
 * escapes only `"` in attribute values.
 */
function escapedForXmlJs<T>(value: T): T {
  if (Array.isArray(value)) return value.map(escapedForXmlJs) as T
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => {
      if (key === '_text') return [key, String(inner).replace(/&/g, '&amp;')]
      if (key === '_attributes') return [key, Object.fromEntries(Object.entries(inner as object).map(([name, v]) => [name, String(v).replace(/&/g, '&amp;').replace(/</g, '&lt;')]))]
      return [key, escapedForXmlJs(inner)]
    })
  ) as T
}

/** `/sitemap.xml`: an index of one sitemap per locale, dated by its newest release if it has one. */
export function* sitemapIndex(model: SiteModel): Iterable<OutputFile> {
  yield {
    path: fileForPath(model.paths.sitemapIndex()),
    render: () => xmlDocument({
      sitemapindex: {
        _attributes: {xmlns: sitemapNamespace},
        sitemap: localesOf(model).map((locale) => {
          const lastmod = lastModified(model, locale)
          return {loc: {_text: absoluteUrl(model.config, model.paths.sitemap(locale))}, ...(lastmod ? {lastmod: {_text: lastmod}} : {})}
        })
      }
    })
  }
}


/** Each locale's sitemap: home, articles and tag pages, each with its hreflang alternates. */
export function* localeSitemaps(model: SiteModel): Iterable<OutputFile> {
  // What every release is, in every language: its URL, dates, translations and tags.
  const releases = model.releases.flatMap((release) => Object.values(release.translations).map((t) => t.key))
  for (const locale of localesOf(model)) {
    yield {path: fileForPath(model.paths.sitemap(locale)), key: outputKey(model, 'site', 'sitemap', locale, ...releases), render: () => localeSitemap(model, locale)}
  }
}

function localeSitemap(model: SiteModel, locale: Locale): string {
  const url = (path: string) => absoluteUrl(model.config, path)
  const entry = (path: string, lastmod: string | undefined, languages: readonly LanguageLink[]) => ({
    loc: {_text: url(path)},
    ...(lastmod ? {lastmod: {_text: lastmod}} : {}),
    'xhtml:link': alternates(model, languages)
  })
  const releases = releasesIn(model, locale)
  const tags = [...new Set(releases.flatMap((r) => r.tags.map((tag) => tag.id)))].sort()
  const urls = [
    entry(model.paths.home(locale), lastModified(model, locale), localesOf(model).map((l) => ({locale: l, path: model.paths.home(l)}))),
    ...model.releases.flatMap((release) => {
      const article = release.translations[locale]
      return article ? [entry(article.path, (article.updated ?? article.published).iso, languagesOf(model, release))] : []
    }),
    ...tags.map((id) => {
      const tagged = releases.filter((r) => r.tags.some((tag) => tag.id === id))
      const languages = localesOf(model)
        .filter((l) => releasesIn(model, l).some((r) => r.tags.some((tag) => tag.id === id)))
        .map((l) => ({locale: l, path: model.paths.tag(l, id)}))
      return entry(model.paths.tag(locale, id), newestIso(tagged), languages)
    })
  ]
  return xmlDocument({urlset: {_attributes: {xmlns: sitemapNamespace, 'xmlns:xhtml': xhtmlNamespace}, url: urls}})
}

/** Every language of the page, itself included, and x-default (the default locale's, if any). */
function alternates(model: SiteModel, languages: readonly LanguageLink[]): ElementCompact[] {
  const preferred = languages.find((l) => l.locale === model.config.defaultLocale) ?? languages[0]
  if (!preferred) return []
  return [
    ...languages.map((l) => ({_attributes: {rel: 'alternate', hreflang: localeTag(model, l.locale), href: absoluteUrl(model.config, l.path)}})),
    {_attributes: {rel: 'alternate', hreflang: 'x-default', href: absoluteUrl(model.config, preferred.path)}}
  ]
}

function lastModified(model: SiteModel, locale: Locale): string | undefined {
  return newestIso(releasesIn(model, locale))
}

function newestIso(releases: readonly {published: {iso: string}; updated?: {iso: string}}[]): string | undefined {
  let newest: string | undefined
  for (const r of releases) {
    const iso = (r.updated ?? r.published).iso
    if (newest === undefined || Date.parse(iso) > Date.parse(newest)) newest = iso
  }
  return newest
}
