import {languagePrefix} from './languages.ts'
import type {Locale} from './locales.ts'
import type {SiteConfig} from './site-config.ts'

type ReleaseRef = {readonly year: string; readonly month: string; readonly slug: string}

/** A page of one locale, as a site path names it. */
export type SitePage =
  | {readonly kind: 'home'; readonly locale: Locale; readonly page: number}
  | {readonly kind: 'tag'; readonly locale: Locale; readonly tag: string; readonly page: number}
  | ({readonly kind: 'release' | 'amp'; readonly locale: Locale} & ReleaseRef)

/**
 * Every URL of the site is built here, so pages, feeds and partner copies agree. A locale's
 * URL prefix comes from the config (default: its code in lowercase, e.g. `/uz-cyrl/`).
 */
export function createSitePaths(config: Pick<SiteConfig, 'locales'>) {
  const prefixes = new Map(config.locales.map((l) => [l.code, languagePrefix(l)]))
  const at = (locale: Locale) => `/${prefixes.get(locale) ?? locale.toLowerCase()}/`
  const release = (locale: Locale, r: ReleaseRef) => `${at(locale)}${r.year}/${r.month}/${r.slug}/`
  const locales = new Map([...prefixes].map(([code, prefix]) => [prefix, code]))
  return {
    /** The page a site path names, if it is a home, tag, release or AMP page of a configured locale. */
    pageAt: (path: string) => readSitePage(locales, path),
    root: () => '/',
    home: (locale: Locale, page = 1) => (page === 1 ? at(locale) : `${at(locale)}page/${page}/`),
    tag: (locale: Locale, tag: string, page = 1) => (page === 1 ? `${at(locale)}tags/${tag}/` : `${at(locale)}tags/${tag}/page/${page}/`),
    release,
    amp: (locale: Locale, r: ReleaseRef) => `${release(locale, r)}amp/`,
    rss: (locale: Locale) => `${at(locale)}rss.xml`,
    atom: (locale: Locale) => `${at(locale)}atom.xml`,
    jsonFeed: (locale: Locale) => `${at(locale)}feed.json`,
    sitemap: (locale: Locale) => `${at(locale)}sitemap.xml`,
    sitemapIndex: () => '/sitemap.xml',
    newsSitemap: () => '/news-sitemap.xml',
    robots: () => '/robots.txt',
    partnerHtml: (locale: Locale, r: ReleaseRef) => `/syndication${at(locale)}${r.year}/${r.month}/${r.slug}.html`,
    ninjs: (locale: Locale, r: ReleaseRef) => `/syndication${at(locale)}${r.year}/${r.month}/${r.slug}.json`,
    newsml: (locale: Locale, r: ReleaseRef) => `/syndication${at(locale)}${r.year}/${r.month}/${r.slug}.xml`,
    /** A slug has no dot, so its picture never takes another release's name. */
    newsmlPicture: (locale: Locale, r: ReleaseRef) => `/syndication${at(locale)}${r.year}/${r.month}/${r.slug}.picture.xml`,
    /** One segment shorter than a locale's items, so no URL prefix can make it collide with one. */
    newsmlPackage: (r: ReleaseRef) => `/syndication/${r.year}/${r.month}/${r.slug}.xml`,
    partnerIndex: (locale: Locale) => `/syndication${at(locale)}index.json`,
    notFound: (locale: Locale) => `${at(locale)}404.html`,
    rootNotFound: () => '/404.html',
    search: (locale: Locale) => `${at(locale)}search/`,
    /** The folder of a locale's search index of one half-year's articles (a Pagefind bundle), e.g. `/pagefind/en/2024/2/`. */
    searchShard: (locale: Locale, period: string) => `/pagefind${at(locale)}${period}/`,
    searchScript: () => '/assets/search.js',
    stylesheet: () => '/assets/site.css'
  }
}

/**
 * The half-year whose search shard holds a release, e.g. `2024/2` (July to December): small
 * enough that a corrected release is indexed again with a few hundred others, few enough that a
 * query searching back through the years fetches a chunk of each.
 */
export function searchPeriodOf(release: Pick<ReleaseRef, 'year' | 'month'>): string {
  return `${release.year}/${release.month <= '06' ? 1 : 2}`
}

/** A search period's year and first day, e.g. `2024` and `2024-07-01` for `2024/2`. */
export function searchPeriodStart(period: string): {year: string; firstDay: string} {
  const [year = '', half] = period.split('/')
  return {year, firstDay: `${year}-${half === '1' ? '01' : '07'}-01`}
}

/** Page 1 is the bare list, so only 2 and up name a further page. */
const laterPage = /^(?:[2-9]|[1-9]\d+)$/

/**
 * The page a site path names, read with the configured prefixes: the inverse of `home`, `tag`,
 * `release` and `amp`. A query, a fragment and a missing final slash are ignored, as a browser would.
 */
function readSitePage(locales: ReadonlyMap<string, Locale>, path: string): SitePage | undefined {
  const [first, ...rest] = path
    .replace(/[?#].*$/, '')
    .replace(/\/$/, '')
    .split('/')
  const locale = first === '' ? locales.get(rest.shift() ?? '') : undefined
  if (!locale || rest.includes('')) return undefined
  const [a, b, c, d, e, ...more] = rest
  if (more.length > 0) return undefined
  if (a === undefined) return {kind: 'home', locale, page: 1}
  if (a === 'page' && b !== undefined && c === undefined && laterPage.test(b)) return {kind: 'home', locale, page: Number(b)}
  if (a === 'tags' && b !== undefined) {
    if (c === undefined) return {kind: 'tag', locale, tag: b, page: 1}
    if (c === 'page' && d !== undefined && e === undefined && laterPage.test(d)) return {kind: 'tag', locale, tag: b, page: Number(d)}
    return undefined
  }
  if (!/^\d{4}$/.test(a) || b === undefined || !/^\d{2}$/.test(b) || c === undefined) return undefined
  if (d === undefined) return {kind: 'release', locale, year: a, month: b, slug: c}
  return d === 'amp' && e === undefined ? {kind: 'amp', locale, year: a, month: b, slug: c} : undefined
}

export type SitePaths = ReturnType<typeof createSitePaths>

const built = new WeakMap<object, SitePaths>()

/** The paths of one config, built once. */
export function sitePathsFor(config: Pick<SiteConfig, 'locales'>): SitePaths {
  let paths = built.get(config)
  if (!paths) built.set(config, (paths = createSitePaths(config)))
  return paths
}

/** The absolute form of a site path (or of an absolute URL, unchanged). */
export function absoluteUrl(config: Pick<SiteConfig, 'baseUrl'>, path: string): string {
  return new URL(path, `${config.baseUrl}/`).href
}

/** The file an output path is written to: directory URLs get an index.html. */
export function fileForPath(path: string): string {
  const relative = path.replace(/^\//, '')
  return relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative
}
