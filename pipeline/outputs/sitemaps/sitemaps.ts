import type {Element} from 'xast'
import {x} from 'xastscript'
import {siteLanguages} from '../../config/languages.ts'
import type {Locale} from '../../config/locales.ts'
import {absoluteUrl, fileForPath} from '../../config/urls.ts'
import type {OutputFile} from '../output-file.ts'
import {languagesOf} from '../pages/article-page.ts'
import {tagLanguages} from '../pages/list-pages.ts'
import {type LanguageLink} from '../pages/document.ts'
import {outputKey} from '../output-key.ts'
import {languageAlternates} from '../language-alternates.ts'
import {listedIn, localesOf, tagsIn, type PublishedRelease, type SiteModel} from '../site-model.ts'
import {sitemapDocument} from './sitemap-xml.ts'

const sitemapNamespace = 'http://www.sitemaps.org/schemas/sitemap/0.9'
const xhtmlNamespace = 'http://www.w3.org/1999/xhtml'

/** `/sitemap.xml`: an index of one sitemap per locale, dated by its newest release if it has one. */
export function* sitemapIndex(model: SiteModel): Iterable<OutputFile> {
  yield {
    path: fileForPath(model.paths.sitemapIndex()),
    render: () =>
      sitemapDocument(
        'sitemapindex',
        {xmlns: sitemapNamespace},
        localesOf(model).map((locale) => {
          const lastmod = lastModified(model, locale)
          return x('sitemap', {}, [
            x('loc', {}, [absoluteUrl(model.config, model.paths.sitemap(locale))]),
            lastmod ? x('lastmod', {}, [lastmod]) : undefined
          ])
        })
      )
  }
}

/** Each locale's sitemap: home, articles and tag pages, each with its hreflang alternates. */
export function* localeSitemaps(model: SiteModel): Iterable<OutputFile> {
  // What every release is, in every language: its URL, dates, translations and tags.
  const releases = model.releases.flatMap((release) => Object.values(release.translations).map((t) => t.key))
  for (const locale of localesOf(model)) {
    yield {
      path: fileForPath(model.paths.sitemap(locale)),
      key: outputKey(model, 'site', 'sitemap', locale, ...releases),
      render: () => localeSitemap(model, locale)
    }
  }
}

function localeSitemap(model: SiteModel, locale: Locale): string {
  const url = (path: string) => absoluteUrl(model.config, path)
  const entry = (path: string, lastmod: string | undefined, links: readonly Element[]) =>
    x('url', {}, [x('loc', {}, [url(path)]), lastmod ? x('lastmod', {}, [lastmod]) : undefined, ...links])
  const urls = [
    entry(
      model.paths.home(locale),
      lastModified(model, locale),
      alternates(
        model,
        siteLanguages(model.config).all.map((l) => ({language: l, path: model.paths.home(l.code)}))
      )
    ),
    ...model.releases.flatMap((release) => {
      const article = release.translations[locale]
      // A withdrawn page is a notice kept out of search engines: no sitemap lists it.
      return article && !article.withdrawn ? [entry(article.path, (article.updated ?? article.published).iso, releaseAlternates(model, release))] : []
    }),
    ...[...tagsIn(model, locale)].map(([id, tagged]) =>
      entry(model.paths.tag(locale, id), newestIso(tagged), alternates(model, tagLanguages(model, id)))
    )
  ]
  return sitemapDocument('urlset', {xmlns: sitemapNamespace, 'xmlns:xhtml': xhtmlNamespace}, urls)
}

const releaseLinks = new WeakMap<SiteModel, WeakMap<PublishedRelease, readonly Element[]>>()

/** A release's alternates, the same in every locale's sitemap: built once per build. */
function releaseAlternates(model: SiteModel, release: PublishedRelease): readonly Element[] {
  let built = releaseLinks.get(model)
  if (!built) releaseLinks.set(model, (built = new WeakMap()))
  let links = built.get(release)
  if (!links) built.set(release, (links = alternates(model, languagesOf(model, release))))
  return links
}

function alternates(model: SiteModel, languages: readonly LanguageLink[]): Element[] {
  return languageAlternates(model, languages).map(({hreflang, href}) => x('xhtml:link', {rel: 'alternate', hreflang, href}))
}

function lastModified(model: SiteModel, locale: Locale): string | undefined {
  return newestIso(listedIn(model, locale))
}

function newestIso(releases: readonly {published: {iso: string}; updated?: {iso: string}}[]): string | undefined {
  let newest: string | undefined
  let newestTime = 0
  for (const r of releases) {
    const stamp = r.updated ?? r.published
    const time = timeOf(stamp)
    if (newest === undefined || time > newestTime) [newest, newestTime] = [stamp.iso, time]
  }
  return newest
}

const parsedTimes = new WeakMap<{iso: string}, number>()

/** A date's time, parsed once: every sitemap and the index compare the same release dates again. */
function timeOf(stamp: {iso: string}): number {
  let time = parsedTimes.get(stamp)
  if (time === undefined) parsedTimes.set(stamp, (time = Date.parse(stamp.iso)))
  return time
}
