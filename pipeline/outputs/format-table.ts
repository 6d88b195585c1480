import type {Locale} from '../config/locales.ts'
import {feedMediaTypes, mediaTypes} from '../config/media-types.ts'
import type {SitePaths} from '../config/urls.ts'

/** How the build summary counts a format's files. */
export type FormatGroup = 'html' | 'amp' | 'feeds' | 'sitemaps' | 'syndication' | 'assets'

interface FormatFields {
  readonly name: string
  /** The type every file of the format is served as (default: each file's, by its extension). */
  readonly mediaType?: string
  /**
   * What its files show besides the config and strings: one release (all of it, and its
   * translations' paths), the releases a feed carries (all of each), or facts of the whole site.
   * A change to a release's body alone can reach only the first two, and `archive`: the text of
   * every release, in a file set per half-year (the search index's shards), which a build that
   * changes some releases makes again for their half-years only, from every release of those.
   */
  readonly shows: 'release' | 'feed' | 'site' | 'archive'
}

/** A format of pages, sitemaps, copies or assets; `rel` is how other pages point at its version of a page (Hugo's model). */
export interface PageFormatData extends FormatFields {
  readonly group: Exclude<FormatGroup, 'feeds'>
  readonly rel?: 'canonical' | 'amphtml'
}

/** A locale's feed, which every page of that locale links for autodiscovery. */
export interface FeedFormatData extends FormatFields {
  readonly group: 'feeds'
  readonly rel: 'alternate'
  readonly mediaType: string
  /** What a link to the feed calls it, after the site's name. */
  readonly title: string
  readonly path: (paths: SitePaths, locale: Locale) => string
}

export type FormatData = PageFormatData | FeedFormatData

export const htmlFormat = {
  name: 'html',
  shows: 'release',
  group: 'html',
  mediaType: mediaTypes.html,
  rel: 'canonical'
} as const satisfies PageFormatData
export const ampFormat = {name: 'amp', shows: 'release', group: 'amp', mediaType: mediaTypes.html, rel: 'amphtml'} as const satisfies PageFormatData

/** Every output of a build, as data, in the order they are made; formats.ts gives each its writer. */
export const formatTable = [
  htmlFormat,
  ampFormat,
  {name: 'home', shows: 'site', group: 'html', mediaType: mediaTypes.html},
  {name: 'tags', shows: 'site', group: 'html', mediaType: mediaTypes.html},
  {name: 'not-found', shows: 'site', group: 'html', mediaType: mediaTypes.html},
  {name: 'root', shows: 'site', group: 'html', mediaType: mediaTypes.html},
  {name: 'search-page', shows: 'site', group: 'html', mediaType: mediaTypes.html},
  {
    name: 'rss',
    shows: 'feed',
    group: 'feeds',
    mediaType: feedMediaTypes.rss,
    rel: 'alternate',
    title: 'RSS',
    path: (paths, locale) => paths.rss(locale)
  },
  {
    name: 'atom',
    shows: 'feed',
    group: 'feeds',
    mediaType: feedMediaTypes.atom,
    rel: 'alternate',
    title: 'Atom',
    path: (paths, locale) => paths.atom(locale)
  },
  {
    name: 'json-feed',
    shows: 'feed',
    group: 'feeds',
    mediaType: feedMediaTypes.jsonFeed,
    rel: 'alternate',
    title: 'JSON Feed',
    path: (paths, locale) => paths.jsonFeed(locale)
  },
  {name: 'sitemap-index', shows: 'site', group: 'sitemaps', mediaType: mediaTypes.xml},
  {name: 'sitemap', shows: 'site', group: 'sitemaps', mediaType: mediaTypes.xml},
  {name: 'news-sitemap', shows: 'site', group: 'sitemaps', mediaType: mediaTypes.xml},
  {name: 'robots', shows: 'site', group: 'sitemaps', mediaType: mediaTypes.txt},
  {name: 'partner-html', shows: 'release', group: 'syndication', mediaType: mediaTypes.html},
  {name: 'ninjs', shows: 'release', group: 'syndication', mediaType: mediaTypes.json},
  // A release's NewsML-G2 text, picture and package items.
  {name: 'newsml', shows: 'release', group: 'syndication', mediaType: mediaTypes.xml},
  {name: 'partner-index', shows: 'feed', group: 'syndication', mediaType: mediaTypes.json},
  // The stylesheet and every media file: each is served as its extension says.
  {name: 'assets', shows: 'site', group: 'assets'},
  // Pagefind's index of the archive and the script that reads it, each served as its extension says.
  {name: 'search', shows: 'archive', group: 'assets'}
] as const satisfies readonly FormatData[]

export type FormatName = (typeof formatTable)[number]['name']

const formats: readonly FormatData[] = formatTable

/** The formats every page links in its head: those with rel `alternate` in the feeds group. */
export const linkedFeeds = formats.filter((format): format is FeedFormatData => format.group === 'feeds' && format.rel === 'alternate')
