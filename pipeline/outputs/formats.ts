import {feedMediaTypes, mediaTypes} from '../config/media-types.ts'
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
  /**
   * What its files show besides the config and strings: one release (all of it, and its
   * translations' paths), the releases a feed carries (all of each), or facts of the whole site.
   * A change to a release's body alone can reach only the first two.
   */
  readonly shows: 'release' | 'feed' | 'site'
  /** Where its files go, as a pattern for the README and for people. */
  readonly pathPattern: string
  readonly write: (model: SiteModel) => Iterable<OutputFile>
}

export const outputFormats: readonly OutputFormat[] = [
  {name: 'html', shows: 'release', group: 'html', mediaType: mediaTypes.html, rel: 'canonical', pathPattern: '/<locale>/<yyyy>/<mm>/<slug>/', write: articlePages},
  {name: 'amp', shows: 'release', group: 'amp', mediaType: mediaTypes.html, rel: 'amphtml', pathPattern: '/<locale>/<yyyy>/<mm>/<slug>/amp/', write: ampPages},
  {name: 'home', shows: 'site', group: 'html', mediaType: mediaTypes.html, pathPattern: '/<locale>/ and /<locale>/page/<n>/', write: homePages},
  {name: 'tags', shows: 'site', group: 'html', mediaType: mediaTypes.html, pathPattern: '/<locale>/tags/<tag>/', write: tagPages},
  {name: 'not-found', shows: 'site', group: 'html', mediaType: mediaTypes.html, pathPattern: '/<locale>/404.html', write: notFoundPages},
  {name: 'root', shows: 'site', group: 'html', mediaType: mediaTypes.html, pathPattern: '/', write: rootPage},
  {name: 'rss', shows: 'feed', group: 'feeds', mediaType: feedMediaTypes.rss, rel: 'alternate', pathPattern: '/<locale>/rss.xml', write: rssFeeds},
  {name: 'atom', shows: 'feed', group: 'feeds', mediaType: feedMediaTypes.atom, rel: 'alternate', pathPattern: '/<locale>/atom.xml', write: atomFeeds},
  {name: 'json-feed', shows: 'feed', group: 'feeds', mediaType: feedMediaTypes.jsonFeed, rel: 'alternate', pathPattern: '/<locale>/feed.json', write: jsonFeeds},
  {name: 'sitemap-index', shows: 'site', group: 'sitemaps', mediaType: mediaTypes.xml, pathPattern: '/sitemap.xml', write: sitemapIndex},
  {name: 'sitemap', shows: 'site', group: 'sitemaps', mediaType: mediaTypes.xml, pathPattern: '/<locale>/sitemap.xml', write: localeSitemaps},
  {name: 'news-sitemap', shows: 'site', group: 'sitemaps', mediaType: mediaTypes.xml, pathPattern: '/news-sitemap.xml', write: newsSitemap},
  {name: 'robots', shows: 'site', group: 'sitemaps', mediaType: mediaTypes.txt, pathPattern: '/robots.txt', write: robotsTxt},
  {name: 'partner-html', shows: 'release', group: 'syndication', mediaType: mediaTypes.html, pathPattern: '/syndication/<locale>/<yyyy>/<mm>/<slug>.html', write: partnerHtmlFiles},
  {name: 'ninjs', shows: 'release', group: 'syndication', mediaType: mediaTypes.json, pathPattern: '/syndication/<locale>/<yyyy>/<mm>/<slug>.json', write: ninjsFiles},
  {name: 'partner-index', shows: 'feed', group: 'syndication', mediaType: mediaTypes.json, pathPattern: '/syndication/<locale>/index.json', write: partnerIndexes},
  {name: 'assets', shows: 'site', group: 'assets', mediaType: mediaTypes.css, pathPattern: '/assets/, /media/', write: siteAssets}
]
