import {fileForPath} from '../../config/urls.ts'
import type {OutputFile} from '../output-file.ts'
import {localesOf, type SiteModel} from '../site-model.ts'
import {feedChannel, generatorName, type FeedChannel} from './feed-channel.ts'
import {asHtml, htmlIfNeeded} from './feed-text.ts'
import {element, htmlText, text, xmlDocument} from './xml-tree.ts'

const namespaces = {
  'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
  'xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
  'xmlns:atom': 'http://www.w3.org/2005/Atom'
}

/**
 * RSS 2.0, built as one tree. Readers take `<title>` and `<description>` for HTML, so those carry
 * the text escaped as HTML where it would read otherwise (feed-text.ts); the author goes as
 * dc:creator (RSS's own author element wants an e-mail address) and, like categories, as plain
 * text; the enclosure carries the file's real MIME type.
 */
export function rssFeed(channel: FeedChannel): string {
  return xmlDocument(
    element('rss', {version: '2.0', ...namespaces}, [
      element('channel', {}, [
        element('title', {}, [htmlText(htmlIfNeeded(channel.title))]),
        element('link', {}, [channel.homeUrl]),
        element('description', {}, [htmlText(asHtml(channel.description))]),
        element('lastBuildDate', {}, [channel.updated.toUTCString()]),
        element('docs', {}, ['https://validator.w3.org/feed/docs/rss2.html']),
        element('generator', {}, [generatorName]),
        element('language', {}, [channel.language]),
        element('atom:link', {href: channel.selfUrls.rss, rel: 'self', type: 'application/rss+xml'}),
        ...channel.entries.map((entry) =>
          element('item', {}, [
            element('title', {}, [htmlText(htmlIfNeeded(entry.title))]),
            element('link', {}, [entry.url]),
            element('guid', {isPermaLink: 'true'}, [entry.id]),
            element('pubDate', {}, [entry.published.toUTCString()]),
            element('description', {}, [htmlText(asHtml(entry.summary))]),
            element('content:encoded', {}, [htmlText(entry.contentHtml)]),
            ...entry.categories.map((name) => element('category', {}, [text(name)])),
            entry.image && element('enclosure', {length: String(entry.image.bytes), type: entry.image.type, url: entry.image.url}),
            element('dc:creator', {}, [text(entry.author)])
          ])
        )
      ])
    ])
  )
}

export function* rssFeeds(model: SiteModel): Iterable<OutputFile> {
  for (const locale of localesOf(model)) yield {path: fileForPath(model.paths.rss(locale)), render: () => rssFeed(feedChannel(model, locale))}
}
