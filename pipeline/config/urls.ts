import type {Locale} from './locales.ts'
import type {SiteConfig} from './site-config.ts'

type ReleaseRef = {readonly year: string; readonly month: string; readonly slug: string}

/**
 * Every URL of the site is built here, so pages, feeds and partner copies agree. A locale's
 * URL prefix comes from the config (default: its code in lowercase, e.g. `/uz-cyrl/`).
 */
export function createSitePaths(config: Pick<SiteConfig, 'locales'>) {
  const prefixes = new Map(config.locales.map((l) => [l.code, l.prefix ?? l.code.toLowerCase()]))
  const at = (locale: Locale) => `/${prefixes.get(locale) ?? locale.toLowerCase()}/`
  const release = (locale: Locale, r: ReleaseRef) => `${at(locale)}${r.year}/${r.month}/${r.slug}/`
  return {
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
    partnerIndex: (locale: Locale) => `/syndication${at(locale)}index.json`,
    notFound: (locale: Locale) => `${at(locale)}404.html`,
    stylesheet: () => '/assets/site.css'
  }
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
