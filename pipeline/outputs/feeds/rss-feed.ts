import {feedChannel, libraryItem, newFeed, type FeedChannel} from './feed-channel.ts'
import {fileForPath} from '../../config/urls.ts'
import {localesOf, type SiteModel} from '../site-model.ts'
import type {OutputFile} from '../output-file.ts'

/**
 * RSS 2.0 through the `feed` library. Its item fields are overridden by extensions where the
 * library falls short: texts go as escaped text rather than CDATA (its CDATA breaks on a second
 * `]]>`), the enclosure carries the file's real MIME type, and the author goes as dc:creator
 * (RSS's own author element wants an e-mail address).
 */
export function rssFeed(channel: FeedChannel): string {
  const feed = newFeed(channel, {rss: channel.selfUrls.rss})
  for (const entry of channel.entries) {
    feed.addItem({
      ...libraryItem(entry),
      ...(entry.image ? {enclosure: {url: entry.image.url, type: entry.image.type, length: entry.image.bytes}} : {}),
      extensions: [
        {name: 'title', objects: {_text: entry.title}},
        {name: 'description', objects: {_text: entry.summary}},
        {name: 'content:encoded', objects: {_text: entry.contentHtml}},
        {name: 'guid', objects: {_attributes: {isPermaLink: true}, _text: entry.id}},
        {name: 'dc:creator', objects: {_text: entry.author}}
      ]
    })
  }
  return `${feed.rss2()}\n`
}

export function* rssFeeds(model: SiteModel): Iterable<OutputFile> {
  for (const locale of localesOf(model)) yield {path: fileForPath(model.paths.rss(locale)), render: () => rssFeed(feedChannel(model, locale))}
}
