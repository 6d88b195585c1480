import {execFileSync} from 'node:child_process'
import {parseFeed} from '@rowanmanning/feed-parser'

/** The plain-text fields of one entry as a reader would show them to a subscriber. */
export interface EntryTexts {
  readonly link: string
  readonly title: string
  readonly summary: string
  /** Undefined where the reader cannot give it back as written (see the JavaScript reader's RSS). */
  readonly author?: string
}

export interface FeedTexts {
  readonly file: string
  /** Why the reader could not read the feed at all (an exception), or why it flagged it (bozo). */
  readonly problem?: string
  readonly entries: readonly EntryTexts[]
}

// One python process for a whole set of feeds. A field feedparser types as HTML (RSS gives no type,
// so it guesses with its own heuristic) is shown by a reader as rendered HTML: compare its text.
const feedparserScript = String.raw`
import json, sys, traceback, feedparser
from html.parser import HTMLParser

class Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
    def handle_data(self, data):
        self.parts.append(data)

def shown(detail, fallback):
    if not detail:
        return fallback or ''
    value = detail.get('value', '')
    if detail.get('type') in ('text/html', 'application/xhtml+xml'):
        parser = Text()
        parser.feed(value)
        parser.close()
        return ''.join(parser.parts)
    return value

out = []
for path in sys.argv[1:]:
    try:
        d = feedparser.parse(path)
        problem = 'bozo: %s' % d.get('bozo_exception', '') if d.bozo else None
        out.append({'file': path, 'problem': problem, 'entries': [{
            'link': e.get('link', ''),
            'title': shown(e.get('title_detail'), e.get('title')),
            'summary': shown(e.get('summary_detail'), e.get('summary')),
            # The author as written: author_detail would split an e-mail address out of it.
            'author': e.get('author') or e.get('author_detail', {}).get('name', ''),
        } for e in d.entries]})
    except Exception:
        out.append({'file': path, 'problem': 'crash: ' + traceback.format_exc(), 'entries': []})
print(json.dumps(out))
`

/** Read RSS and Atom files with Python's feedparser (Debian's python3-feedparser), all in one process. */
export function readTextsWithFeedparser(files: readonly string[]): FeedTexts[] {
  const output = execFileSync('/usr/bin/python3', ['-c', feedparserScript, ...files], {encoding: 'utf8', maxBuffer: 256 * 1024 * 1024})
  return (JSON.parse(output) as (FeedTexts & {problem: string | null})[]).map(({problem, ...rest}) => (problem ? {...rest, problem} : rest))
}

/** Read one RSS or Atom document with @rowanmanning/feed-parser, a maintained JavaScript reader. */
export function readTextsWithJsParser(file: string, xml: string): FeedTexts {
  try {
    const feed = parseFeed(xml)
    return {
      file,
      entries: feed.items.map((item) => ({
        link: item.url ?? '',
        title: item.title ?? '',
        summary: item.description ?? '',
        author: item.authors[0]?.name ?? ''
      }))
    }
  } catch (error) {
    return {file, problem: `crash: ${String(error)}`, entries: []}
  }
}
