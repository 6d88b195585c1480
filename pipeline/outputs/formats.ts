import type {OutputFile} from './output-file.ts'
import {ampPages} from './amp-pages.ts'
import {articlePages} from './article-pages.ts'
import {atomFeeds} from './feeds/atom-feed.ts'
import {jsonFeeds} from './feeds/json-feed.ts'
import {rssFeeds} from './feeds/rss-feed.ts'
import {newsSitemap} from './sitemaps/news-sitemap.ts'
import {robotsTxt} from './sitemaps/robots-txt.ts'
import {localeSitemaps, sitemapIndex} from './sitemaps/sitemaps.ts'
import {homePages, notFoundPages, tagPages} from './pages/list-pages.ts'
import {rootPage} from './pages/root-page.ts'
import {siteAssets} from './site-assets.ts'
import {ninjsFiles} from './syndication/ninjs-item.ts'
import {partnerHtmlFiles} from './syndication/partner-html.ts'
import {partnerIndexes} from './syndication/partner-index.ts'
import type {SiteModel} from './site-model.ts'

/**
 * The outputs of a build, as data: adding a format is one entry and one writer.
 * `rel` is how an article's pages point at each other (Hugo's model).
 */
export interface OutputFormat {
  readonly name: string
  readonly mediaType: string
  readonly rel?: 'canonical' | 'amphtml' | 'alternate'
  /** How the build summary counts its files. */
  readonly group: 'html' | 'amp' | 'feeds' | 'sitemaps' | 'syndication' | 'assets'
  /** Where its files go, as a pattern for the README and for people. */
  readonly pathPattern: string
  readonly write: (model: SiteModel) => Iterable<OutputFile>
}

export const outputFormats: readonly OutputFormat[] = [
  {name: 'html', group: 'html', mediaType: 'text/html', rel: 'canonical', pathPattern: '/<locale>/<yyyy>/<mm>/<slug>/', write: articlePages},
  {name: 'amp', group: 'amp', mediaType: 'text/html', rel: 'amphtml', pathPattern: '/<locale>/<yyyy>/<mm>/<slug>/amp/', write: ampPages},
  {name: 'home', group: 'html', mediaType: 'text/html', pathPattern: '/<locale>/ and /<locale>/page/<n>/', write: homePages},
  {name: 'tags', group: 'html', mediaType: 'text/html', pathPattern: '/<locale>/tags/<tag>/', write: tagPages},
  {name: 'not-found', group: 'html', mediaType: 'text/html', pathPattern: '/<locale>/404.html', write: notFoundPages},
  {name: 'root', group: 'html', mediaType: 'text/html', pathPattern: '/', write: rootPage},
  {name: 'rss', group: 'feeds', mediaType: 'application/rss+xml', rel: 'alternate', pathPattern: '/<locale>/rss.xml', write: rssFeeds},
  {name: 'atom', group: 'feeds', mediaType: 'application/atom+xml', rel: 'alternate', pathPattern: '/<locale>/atom.xml', write: atomFeeds},
  {name: 'json-feed', group: 'feeds', mediaType: 'application/feed+json', rel: 'alternate', pathPattern: '/<locale>/feed.json', write: jsonFeeds},
  {name: 'sitemap-index', group: 'sitemaps', mediaType: 'application/xml', pathPattern: '/sitemap.xml', write: sitemapIndex},
  {name: 'sitemap', group: 'sitemaps', mediaType: 'application/xml', pathPattern: '/<locale>/sitemap.xml', write: localeSitemaps},
  {name: 'news-sitemap', group: 'sitemaps', mediaType: 'application/xml', pathPattern: '/news-sitemap.xml', write: newsSitemap},
  {name: 'robots', group: 'sitemaps', mediaType: 'text/plain', pathPattern: '/robots.txt', write: robotsTxt},
  {name: 'partner-html', group: 'syndication', mediaType: 'text/html', pathPattern: '/syndication/<locale>/<yyyy>/<mm>/<slug>.html', write: partnerHtmlFiles},
  {name: 'ninjs', group: 'syndication', mediaType: 'application/json', pathPattern: '/syndication/<locale>/<yyyy>/<mm>/<slug>.json', write: ninjsFiles},
  {name: 'partner-index', group: 'syndication', mediaType: 'application/json', pathPattern: '/syndication/<locale>/index.json', write: partnerIndexes},
  {name: 'assets', group: 'assets', mediaType: 'text/css', pathPattern: '/assets/, /media/', write: siteAssets}
]
