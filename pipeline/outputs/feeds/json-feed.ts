import {fileForPath} from '../../config/urls.ts'
import type {OutputFile} from '../output-file.ts'
import {localesOf, type SiteModel} from '../site-model.ts'
import {feedChannel, libraryItem, newFeed, type FeedChannel} from './feed-channel.ts'

interface LibraryItem {
  readonly id: string
  readonly url: string
  readonly title: string
  readonly summary?: string
  readonly content_html: string
  readonly date_published: string
  readonly date_modified: string
  readonly tags?: readonly string[]
}

/**
 * JSON Feed through the `feed` library, which writes version 1; raised here to 1.1: `language`,
 * `authors` instead of `author`, and a `_matbuot` extension listing each entry's translations.
 */
export function jsonFeed(channel: FeedChannel): string {
  const feed = newFeed(channel, {json: channel.selfUrls.json})
  for (const entry of channel.entries) {
    feed.addItem(libraryItem(entry))
  }
  const library = JSON.parse(feed.json1()) as {home_page_url: string; feed_url: string; description: string; items: LibraryItem[]}
  const json = {
    version: 'https://jsonfeed.org/version/1.1',
    title: channel.title,
    home_page_url: library.home_page_url,
    feed_url: library.feed_url,
    description: library.description,
    language: channel.language,
    authors: [{name: channel.title, url: channel.homeUrl}],
    items: library.items.map((item, index) => {
      const entry = channel.entries[index]!
      return {
        id: item.id,
        url: item.url,
        title: item.title,
        summary: item.summary,
        content_html: item.content_html,
        ...(entry.image ? {image: entry.image.url} : {}),
        date_published: item.date_published,
        date_modified: item.date_modified,
        authors: [{name: entry.author}],
        ...(item.tags && item.tags.length > 0 ? {tags: item.tags} : {}),
        language: channel.language,
        ...(entry.image ? {attachments: [{url: entry.image.url, mime_type: entry.image.type, size_in_bytes: entry.image.bytes}]} : {}),
        _matbuot: {translations: entry.translations.map((t) => ({language: t.tag, url: t.url}))}
      }
    })
  }
  return `${JSON.stringify(json, null, 2)}\n`
}

export function* jsonFeeds(model: SiteModel): Iterable<OutputFile> {
  for (const locale of localesOf(model)) yield {path: fileForPath(model.paths.jsonFeed(locale)), render: () => jsonFeed(feedChannel(model, locale))}
}
