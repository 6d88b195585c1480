import {fileForPath} from '../../config/urls.ts'
import type {OutputFile} from '../output-file.ts'
import {localesOf, type SiteModel} from '../site-model.ts'
import {feedChannel, generatorName, type FeedChannel, type FeedEntry} from './feed-channel.ts'
import {atomText} from './feed-text.ts'
import type {Element} from 'xast'
import {x} from 'xastscript'
import {xmlDocument} from '../../render/xml-document.ts'
import {feedLayout, htmlText} from './feed-xml.ts'

/**
 * Atom 1.0, built as one tree: `xml:lang` on the feed, titles and summaries as plain text unless
 * they look like markup (feed-text.ts), an enclosure with the file's real MIME type, and a
 * `rel="alternate" hreflang` link per translation, by which readers match a release's languages.
 * A withdrawn release is an RFC 6721 tombstone in its entry's place, declared only where there is one.
 */
export function atomFeed(channel: FeedChannel): string {
  return xmlDocument(
    x(
      'feed',
      {
        xmlns: 'http://www.w3.org/2005/Atom',
        ...(channel.entries.some((entry) => entry.withdrawn) ? {'xmlns:at': tombstones} : {}),
        'xml:lang': channel.language
      },
      [
        x('id', {}, [channel.homeUrl]),
        // Text is Atom's default type: the feed's own title and subtitle say theirs only when HTML.
        textConstruct('title', channel.title, false),
        x('updated', {}, [channel.updated.toISOString()]),
        x('generator', {}, [generatorName]),
        x('link', {rel: 'alternate', href: channel.homeUrl}),
        x('link', {rel: 'self', href: channel.selfUrls.atom}),
        ...channel.hubs.map((hub) => x('link', {rel: 'hub', href: hub})),
        textConstruct('subtitle', channel.description, false),
        ...channel.entries.map((entry) =>
          entry.withdrawn
            ? deletedEntry(entry)
            : x('entry', {}, [
                textConstruct('title', entry.title, true),
                x('id', {}, [entry.id]),
                // Readers disagree on which alternate link is the entry's page (feedparser takes the
                // last, others the first), so the page comes first, typed, and last, bare.
                x('link', {rel: 'alternate', type: 'text/html', hreflang: channel.language, href: entry.url}),
                ...entry.translations.map((t) => x('link', {rel: 'alternate', type: 'text/html', hreflang: t.tag, href: t.url})),
                entry.image && x('link', {rel: 'enclosure', type: entry.image.type, length: String(entry.image.bytes), href: entry.image.url}),
                x('link', {href: entry.url}),
                x('updated', {}, [entry.updated.toISOString()]),
                textConstruct('summary', entry.summary, true),
                x('content', {type: 'html'}, [{type: 'cdata', value: entry.contentHtml}]),
                x('author', {}, [x('name', {}, [entry.author])]),
                ...entry.categories.map((name) => x('category', {label: name, term: name})),
                x('published', {}, [entry.published.toISOString()])
              ])
        )
      ]
    ),
    feedLayout
  )
}

const tombstones = 'http://purl.org/atompub/tombstones/1.0'

/** RFC 6721: the entry `ref` was deleted `when`; the comment is the notice, in the feed's language. */
function deletedEntry(entry: FeedEntry): Element {
  return x('at:deleted-entry', {ref: entry.id, when: entry.updated.toISOString()}, [
    x('link', {rel: 'alternate', type: 'text/html', href: entry.url}),
    x('at:comment', {}, [entry.summary])
  ])
}

function textConstruct(name: string, value: string, typed: boolean): Element {
  const construct = atomText(value)
  if (construct.type === 'html') return x(name, {type: 'html'}, [htmlText(construct.value)])
  return x(name, typed ? {type: 'text'} : {}, [construct.value])
}

export function* atomFeeds(model: SiteModel): Iterable<OutputFile> {
  for (const locale of localesOf(model)) yield {path: fileForPath(model.paths.atom(locale)), render: () => atomFeed(feedChannel(model, locale))}
}
