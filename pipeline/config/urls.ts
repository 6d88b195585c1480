import type {Locale} from './locales.ts'
import type {SiteConfig} from './site-config.ts'

/** Every URL of the site is built here, so pages, feeds and partner copies agree. */
export const sitePaths = {
  root: () => '/',
  home: (locale: Locale, page = 1) => (page === 1 ? `/${locale}/` : `/${locale}/page/${page}/`),
  tag: (locale: Locale, tag: string, page = 1) => (page === 1 ? `/${locale}/tags/${tag}/` : `/${locale}/tags/${tag}/page/${page}/`),
  release: (locale: Locale, release: {year: string; month: string; slug: string}) => `/${locale}/${release.year}/${release.month}/${release.slug}/`,
  amp: (locale: Locale, release: {year: string; month: string; slug: string}) => `${sitePaths.release(locale, release)}amp/`,
  rss: (locale: Locale) => `/${locale}/rss.xml`,
  atom: (locale: Locale) => `/${locale}/atom.xml`,
  jsonFeed: (locale: Locale) => `/${locale}/feed.json`,
  sitemap: (locale: Locale) => `/${locale}/sitemap.xml`,
  sitemapIndex: () => '/sitemap.xml',
  newsSitemap: () => '/news-sitemap.xml',
  robots: () => '/robots.txt',
  partnerHtml: (locale: Locale, release: {year: string; month: string; slug: string}) => `/syndication/${locale}/${release.year}/${release.month}/${release.slug}.html`,
  ninjs: (locale: Locale, release: {year: string; month: string; slug: string}) => `/syndication/${locale}/${release.year}/${release.month}/${release.slug}.json`,
  partnerIndex: (locale: Locale) => `/syndication/${locale}/index.json`,
  notFound: (locale: Locale) => `/${locale}/404.html`,
  stylesheet: () => '/assets/site.css'
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
