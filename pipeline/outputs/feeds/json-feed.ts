import {fileForPath} from '../../config/urls.ts'
import type {OutputFile} from '../output-file.ts'
import {localesOf, type SiteModel} from '../site-model.ts'
import {feedChannel, type FeedChannel, type FeedEntry} from './feed-channel.ts'

/**
 * JSON Feed 1.1, built as one object and written once: `language`, `authors`, an attachment for
 * the image, and a `_matbuot` extension listing each entry's translations.
 */
export function jsonFeed(channel: FeedChannel): string {
  const json = {
    version: 'https://jsonfeed.org/version/1.1',
    title: channel.title,
    home_page_url: channel.homeUrl,
    feed_url: channel.selfUrls.json,
    hubs: channel.hubs.length > 0 ? channel.hubs.map((url) => ({type: 'WebSub', url})) : undefined,
    // An empty text is left out rather than written as "" (undefined is not stringified).
    description: channel.description || undefined,
    language: channel.language,
    authors: [{name: channel.siteName, url: channel.homeUrl}],
    items: channel.entries.map((entry) => jsonItem(entry, channel.language))
  }
  return `${JSON.stringify(json, null, 2)}\n`
}

function jsonItem(entry: FeedEntry, language: string) {
  const tags = entry.categories.filter((name) => name !== '')
  return {
    id: entry.id,
    url: entry.url,
    // Empty texts are left out, as for the feed's description.
    title: entry.title || undefined,
    // A summary that would only repeat an empty content is left out.
    summary: entry.summary && entry.contentHtml ? entry.summary : undefined,
    content_html: entry.contentHtml,
    image: entry.image?.url,
    date_published: entry.published.toISOString(),
    date_modified: entry.updated.toISOString(),
    authors: [{name: entry.author}],
    tags: tags.length > 0 ? tags : undefined,
    language,
    attachments: entry.image ? [{url: entry.image.url, mime_type: entry.image.type, size_in_bytes: entry.image.bytes}] : undefined,
    // A withdrawn entry is the notice; `withdrawn` tells programs so without reading it.
    _matbuot: {translations: entry.translations.map((t) => ({language: t.tag, url: t.url})), ...(entry.withdrawn ? {withdrawn: true} : {})}
  }
}

export function* jsonFeeds(model: SiteModel): Iterable<OutputFile> {
  for (const locale of localesOf(model)) yield {path: fileForPath(model.paths.jsonFeed(locale)), render: () => jsonFeed(feedChannel(model, locale))}
}
