import {js2xml, xml2js, type ElementCompact} from 'xml-js'
import {fileForPath} from '../../config/urls.ts'
import type {OutputFile} from '../output-file.ts'
import {localesOf, type SiteModel} from '../site-model.ts'
import {cdataSafeHtml, escapeHtml, feedChannel, newFeed, type FeedChannel} from './feed-channel.ts'

/**
 * Atom 1.0 through the `feed` library, then completed where it falls short: `xml:lang` on the
 * feed, plain-text titles, an enclosure with the file's real MIME type, and a
 * `rel="alternate" hreflang` link per translation so readers can match the languages of a release.
 */
export function atomFeed(channel: FeedChannel): string {
  const feed = newFeed(channel, {atom: channel.selfUrls.atom})
  for (const entry of channel.entries) {
    // The library writes these as type="html" CDATA, which a second `]]>` would break: give it
    // HTML with none left. The real texts replace them below.
    feed.addItem({
      title: escapeHtml(entry.title),
      id: entry.id,
      link: entry.url,
      date: entry.updated,
      published: entry.published,
      description: escapeHtml(entry.summary),
      content: cdataSafeHtml(entry.contentHtml),
      author: [{name: entry.author}],
      category: entry.categories.map((name) => ({term: name, name}))
    })
  }

  const document = xml2js(feed.atom1(), {compact: true}) as ElementCompact
  const root = document.feed as ElementCompact
  root._attributes = {...root._attributes, 'xml:lang': channel.language}
  const entries = ([] as ElementCompact[]).concat((root.entry as ElementCompact | ElementCompact[] | undefined) ?? [])
  entries.forEach((element, index) => {
    const entry = channel.entries[index]!
    // Titles and summaries are plain text: readers that show type="html" titles raw would print `&amp;`.
    element.title = {_attributes: {type: 'text'}, _text: entry.title}
    element.summary = {_attributes: {type: 'text'}, _text: entry.summary}
    element.content = {_attributes: {type: 'html'}, _cdata: entry.contentHtml}
    // Readers disagree on which alternate link is the entry's page (feedparser takes the last,
    // others the first), so the page comes first, typed, and last as the library wrote it.
    element.link = [
      {_attributes: {rel: 'alternate', type: 'text/html', hreflang: channel.language, href: entry.url}},
      ...entry.translations.map((t) => ({_attributes: {rel: 'alternate', type: 'text/html', hreflang: t.tag, href: t.url}})),
      ...(entry.image ? [{_attributes: {rel: 'enclosure', type: entry.image.type, length: entry.image.bytes, href: entry.image.url}}] : []),
      ...([] as ElementCompact[]).concat(element.link as ElementCompact)
    ]
  })
  return `${js2xml(document, {compact: true, spaces: 4, cdataFn: splitCdataEnds})}\n`
}

/** Every `]]>` (not only the first, as xml-js does) closes and reopens the CDATA section. */
function splitCdataEnds(text: string): string {
  return text.replace(/]]>/g, ']]]]><![CDATA[>')
}

export function* atomFeeds(model: SiteModel): Iterable<OutputFile> {
  for (const locale of localesOf(model)) yield {path: fileForPath(model.paths.atom(locale)), render: () => atomFeed(feedChannel(model, locale))}
}
