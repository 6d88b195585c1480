import {execFileSync} from 'node:child_process'
import {parseFeed} from '@rowanmanning/feed-parser'

/** What a subscriber's reader sees of one entry, the same shape from every parser. */
export interface ReadEntry {
  readonly title: string
  readonly link: string
  readonly id: string
  readonly published: string
  readonly updated: string
  readonly content: string
  readonly categories: readonly string[]
  readonly enclosures: readonly {readonly url: string; readonly type: string; readonly length: number}[]
}

export interface ReadFeed {
  readonly language: string
  readonly title: string
  readonly entries: readonly ReadEntry[]
}

// Python's feedparser, as Debian packages it (python3-feedparser): the reader most aggregators trust.
const feedparserScript = String.raw`
import json, sys, time, calendar, feedparser
d = feedparser.parse(sys.argv[1])
def iso(t):
    return time.strftime('%Y-%m-%dT%H:%M:%SZ', t) if t else ''
out = {
  'bozo': int(d.bozo),
  'bozo_exception': str(d.get('bozo_exception', '')),
  'language': d.feed.get('language', ''),
  'title': d.feed.get('title', ''),
  'entries': [{
    'title': e.get('title', ''),
    'link': e.get('link', ''),
    'id': e.get('id', ''),
    'published': iso(e.get('published_parsed')),
    'updated': iso(e.get('updated_parsed')),
    'content': (e.get('content') or [{'value': e.get('summary', '')}])[0]['value'],
    'categories': [t.get('label') or t.get('term') for t in e.get('tags', [])],
    'enclosures': [{'url': x.get('href', ''), 'type': x.get('type', ''), 'length': int(x.get('length') or 0)} for x in e.get('enclosures', [])],
  } for e in d.entries],
}
print(json.dumps(out))
`

/** Parse a feed file with Python's feedparser; throws unless it is clean (bozo == 0). */
export function readWithFeedparser(file: string): ReadFeed {
  const result = JSON.parse(execFileSync('/usr/bin/python3', ['-c', feedparserScript, file], {encoding: 'utf8', maxBuffer: 64 * 1024 * 1024})) as ReadFeed & {
    bozo: number
    bozo_exception: string
  }
  if (result.bozo !== 0) throw new Error(`feedparser flagged ${file}: ${result.bozo_exception}`)
  return {language: result.language, title: result.title, entries: result.entries}
}

/** Parse a feed with @rowanmanning/feed-parser, a maintained JavaScript reader. */
export function readWithJsParser(xml: string): ReadFeed {
  const feed = parseFeed(xml)
  const iso = (date: Date | null) => (date ? date.toISOString().replace(/\.\d{3}Z$/, 'Z') : '')
  return {
    language: feed.language ?? '',
    title: feed.title ?? '',
    entries: feed.items.map((item) => ({
      title: item.title ?? '',
      link: item.url ?? '',
      id: item.id ?? '',
      published: iso(item.published),
      updated: iso(item.updated),
      content: item.content ?? '',
      categories: item.categories.map((c) => c.label ?? c.term ?? ''),
      enclosures: item.media.map((m) => ({url: m.url, type: m.mimeType ?? '', length: m.length ?? 0}))
    }))
  }
}

/** A strict XML parser's verdict (xmllint from libxml2-utils): empty when well-formed. */
export function xmlWellFormednessErrors(files: readonly string[]): string {
  try {
    execFileSync('xmllint', ['--noout', ...files], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']})
    return ''
  } catch (error) {
    return String((error as {stderr?: string}).stderr ?? error)
  }
}
