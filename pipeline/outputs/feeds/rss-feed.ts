import {fileForPath} from '../../config/urls.ts'
import {feedMediaTypes} from '../../config/media-types.ts'
import type {OutputFile} from '../output-file.ts'
import {localesOf, type SiteModel} from '../site-model.ts'
import {feedChannel, generatorName, type FeedChannel, type FeedEntry} from './feed-channel.ts'
import {asHtml, htmlIfNeeded} from './feed-text.ts'
import type {Element} from 'xast'
import {x} from 'xastscript'
import {xmlDocument} from '../../render/xml-document.ts'
import {feedLayout, htmlText} from './feed-xml.ts'

const namespaces = {
  'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
  'xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
  'xmlns:atom': 'http://www.w3.org/2005/Atom',
  'xmlns:media': 'http://search.yahoo.com/mrss/'
}

/**
 * RSS 2.0, built as one tree. Readers take `<title>` and `<description>` for HTML, so those carry
 * the text escaped as HTML where it would read otherwise (feed-text.ts); the author goes as
 * dc:creator (RSS's own author element wants an e-mail address) and, like categories, as plain
 * text; the enclosure carries the file's real MIME type, and Media RSS names the same file as the
 * entry's picture and thumbnail for readers that show one. No media:title or media:description:
 * feedparser would take them for the entry's own title and summary. RSS has no date of change:
 * an entry corrected or withdrawn since publication carries Atom's `updated`, which feedparser
 * reads; a withdrawn one is the notice, under its guid, with nothing of the article.
 */
export function rssFeed(channel: FeedChannel): string {
  return xmlDocument(
    x('rss', {version: '2.0', ...namespaces}, [
      x('channel', {}, [
        x('title', {}, [htmlText(htmlIfNeeded(channel.title))]),
        x('link', {}, [channel.homeUrl]),
        x('description', {}, [htmlText(asHtml(channel.description))]),
        x('lastBuildDate', {}, [channel.updated.toUTCString()]),
        x('docs', {}, ['https://validator.w3.org/feed/docs/rss2.html']),
        x('generator', {}, [generatorName]),
        x('language', {}, [channel.language]),
        x('atom:link', {href: channel.selfUrls.rss, rel: 'self', type: feedMediaTypes.rss}),
        ...channel.hubs.map((hub) => x('atom:link', {href: hub, rel: 'hub'})),
        ...channel.entries.map((entry) =>
          x('item', {}, [
            x('title', {}, [htmlText(htmlIfNeeded(entry.title))]),
            x('link', {}, [entry.url]),
            x('guid', {isPermaLink: 'true'}, [entry.id]),
            x('pubDate', {}, [entry.published.toUTCString()]),
            entry.updated.getTime() > entry.published.getTime() ? x('atom:updated', {}, [entry.updated.toISOString()]) : undefined,
            x('description', {}, [htmlText(asHtml(entry.summary))]),
            x('content:encoded', {}, [htmlText(entry.contentHtml)]),
            ...entry.categories.map((name) => x('category', {}, [name])),
            entry.image && x('enclosure', {length: String(entry.image.bytes), type: entry.image.type, url: entry.image.url}),
            ...mediaRss(entry.image),
            x('dc:creator', {}, [entry.author])
          ])
        )
      ])
    ]),
    feedLayout
  )
}

function mediaRss(image: FeedEntry['image']): Element[] {
  if (!image) return []
  const size = {
    ...(image.width === undefined ? {} : {width: String(image.width)}),
    ...(image.height === undefined ? {} : {height: String(image.height)})
  }
  return [
    x('media:content', {url: image.url, type: image.type, medium: 'image', fileSize: String(image.bytes), ...size}),
    x('media:thumbnail', {url: image.url, ...size})
  ]
}

export function* rssFeeds(model: SiteModel): Iterable<OutputFile> {
  for (const locale of localesOf(model)) yield {path: fileForPath(model.paths.rss(locale)), render: () => rssFeed(feedChannel(model, locale))}
}
