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
import {searchIndex} from './search/search-index.ts'
import {searchPages} from './search/search-page.ts'
import {newsmlFiles} from './syndication/newsml-files.ts'
import {ninjsFiles} from './syndication/ninjs-item.ts'
import {partnerHtmlFiles} from './syndication/partner-html.ts'
import {partnerIndexes} from './syndication/partner-index.ts'
import type {SiteModel} from './site-model.ts'
import {formatTable, type FormatData, type FormatName} from './format-table.ts'

/** An output format (see format-table.ts) with the function that lists its files; adding one is an entry there and a writer here. */
export type OutputFormat = FormatData & {
  /** The files it makes from a site, each rendered only when asked for; listed as they are made when making them waits on a tool. */
  readonly files: (model: SiteModel) => Iterable<OutputFile> | AsyncIterable<OutputFile>
}

const writers: {readonly [name in FormatName]: OutputFormat['files']} = {
  html: articlePages,
  amp: ampPages,
  home: homePages,
  tags: tagPages,
  'not-found': notFoundPages,
  root: rootPage,
  'search-page': searchPages,
  rss: rssFeeds,
  atom: atomFeeds,
  'json-feed': jsonFeeds,
  'sitemap-index': sitemapIndex,
  sitemap: localeSitemaps,
  'news-sitemap': newsSitemap,
  robots: robotsTxt,
  'partner-html': partnerHtmlFiles,
  ninjs: ninjsFiles,
  newsml: newsmlFiles,
  'partner-index': partnerIndexes,
  assets: siteAssets,
  search: searchIndex
}

export const outputFormats: readonly OutputFormat[] = formatTable.map((format) => ({...format, files: writers[format.name]}))
