import {fileForPath} from '../../config/urls.ts'
import type {OutputFile} from '../output-file.ts'
import {localesOf, type SiteModel} from '../site-model.ts'
import {feedChannel, generatorName, type FeedChannel} from './feed-channel.ts'
import {atomText} from './feed-text.ts'
import {cdata, element, htmlText, text, xmlDocument, type XmlElement} from './xml-tree.ts'

/**
 * Atom 1.0, built as one tree: `xml:lang` on the feed, titles and summaries as plain text unless
 * they look like markup (feed-text.ts), an enclosure with the file's real MIME type, and a
 * `rel="alternate" hreflang` link per translation, by which readers match a release's languages.
 */
export function atomFeed(channel: FeedChannel): string {
  return xmlDocument(
    element('feed', {xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': channel.language}, [
      element('id', {}, [channel.homeUrl]),
      // Text is Atom's default type: the feed's own title and subtitle say theirs only when HTML.
      textConstruct('title', channel.title, false),
      element('updated', {}, [channel.updated.toISOString()]),
      element('generator', {}, [generatorName]),
      element('link', {rel: 'alternate', href: channel.homeUrl}),
      element('link', {rel: 'self', href: channel.selfUrls.atom}),
      textConstruct('subtitle', channel.description, false),
      ...channel.entries.map((entry) =>
        element('entry', {}, [
          textConstruct('title', entry.title, true),
          element('id', {}, [entry.id]),
          // Readers disagree on which alternate link is the entry's page (feedparser takes the
          // last, others the first), so the page comes first, typed, and last, bare.
          element('link', {rel: 'alternate', type: 'text/html', hreflang: channel.language, href: entry.url}),
          ...entry.translations.map((t) => element('link', {rel: 'alternate', type: 'text/html', hreflang: t.tag, href: t.url})),
          entry.image && element('link', {rel: 'enclosure', type: entry.image.type, length: String(entry.image.bytes), href: entry.image.url}),
          element('link', {href: entry.url}),
          element('updated', {}, [entry.updated.toISOString()]),
          textConstruct('summary', entry.summary, true),
          element('content', {type: 'html'}, [cdata(entry.contentHtml)]),
          element('author', {}, [element('name', {}, [entry.author])]),
          ...entry.categories.map((name) => element('category', {label: name, term: name})),
          element('published', {}, [entry.published.toISOString()])
        ])
      )
    ])
  )
}

function textConstruct(name: string, value: string, typed: boolean): XmlElement {
  const construct = atomText(value)
  if (construct.type === 'html') return element(name, {type: 'html'}, [htmlText(construct.value)])
  return element(name, typed ? {type: 'text'} : {}, [text(construct.value)])
}

export function* atomFeeds(model: SiteModel): Iterable<OutputFile> {
  for (const locale of localesOf(model)) yield {path: fileForPath(model.paths.atom(locale)), render: () => atomFeed(feedChannel(model, locale))}
}
