import {execFileSync} from 'node:child_process'
import {parseFeed} from '@rowanmanning/feed-parser'

/** What a subscriber's reader sees of one entry, the same shape from every parser. */
export interface ReadEntry {
  readonly title: string
  readonly summary: string
  readonly author: string
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
  readonly description: string
  readonly entries: readonly ReadEntry[]
  /** Text fields the reader took for HTML that still held markup: a reader would render it. */
  readonly markup: readonly string[]
}

// Python's feedparser, as Debian packages it (python3-feedparser): the reader most aggregators trust.
// A field it types as HTML (an RSS title or description, an Atom type="html" construct) is what
// a reader renders: its text is the decoded HTML, and any markup left in it would be live.
const feedparserScript = String.raw`
import html, json, sys, time, calendar, feedparser
d = feedparser.parse(sys.argv[1])
markup = []
def iso(t):
    return time.strftime('%Y-%m-%dT%H:%M:%SZ', t) if t else ''
def shown(where, container, key):
    value = container.get(key, '')
    if container.get(key + '_detail', {}).get('type') in ('text/html', 'application/xhtml+xml'):
        if '<' in value:
            markup.append('%s: %s' % (where, value))
        return html.unescape(value)
    return value
out = {
  'bozo': int(d.bozo),
  'bozo_exception': str(d.get('bozo_exception', '')),
  'language': d.feed.get('language', ''),
  'title': shown('feed title', d.feed, 'title'),
  'description': shown('feed subtitle', d.feed, 'subtitle'),
  'entries': [{
    'title': shown('entry %d title' % i, e, 'title'),
    'summary': shown('entry %d summary' % i, e, 'summary'),
    'author': e.get('author', ''),
    'link': e.get('link', ''),
    'id': e.get('id', ''),
    'published': iso(e.get('published_parsed')),
    'updated': iso(e.get('updated_parsed')),
    'content': (e.get('content') or [{'value': e.get('summary', '')}])[0]['value'],
    'categories': [t.get('label') or t.get('term') for t in e.get('tags', [])],
    'enclosures': [{'url': x.get('href', ''), 'type': x.get('type', ''), 'length': int(x.get('length') or 0)} for x in e.get('enclosures', [])],
  } for i, e in enumerate(d.entries)],
}
out['markup'] = markup
print(json.dumps(out))
`

/** Parse a feed file with Python's feedparser; throws unless it is clean (bozo == 0). */
export function readWithFeedparser(file: string): ReadFeed {
  const result = JSON.parse(
    execFileSync('/usr/bin/python3', ['-c', feedparserScript, file], {encoding: 'utf8', maxBuffer: 64 * 1024 * 1024})
  ) as ReadFeed & {
    bozo: number
    bozo_exception: string
  }
  if (result.bozo !== 0) throw new Error(`feedparser flagged ${file}: ${result.bozo_exception}`)
  return {language: result.language, title: result.title, description: result.description, entries: result.entries, markup: result.markup}
}

// What feedparser makes of each entry's Media RSS elements, as readers that show thumbnails use it.
const mediaRssScript = String.raw`
import json, sys, feedparser
d = feedparser.parse(sys.argv[1])
print(json.dumps({
  'bozo': int(d.bozo),
  'bozo_exception': str(d.get('bozo_exception', '')),
  'entries': [{'content': e.get('media_content', []), 'thumbnail': e.get('media_thumbnail', []), 'title': e.get('title', '')} for e in d.entries],
}))
`

/** Each entry's Media RSS content and thumbnails (their attributes, as strings) as feedparser reads them; throws unless the feed is clean. */
export function readMediaRssWithFeedparser(file: string): {
  title: string
  content: Record<string, string>[]
  thumbnail: Record<string, string>[]
}[] {
  const result = JSON.parse(execFileSync('/usr/bin/python3', ['-c', mediaRssScript, file], {encoding: 'utf8'})) as {
    bozo: number
    bozo_exception: string
    entries: {title: string; content: Record<string, string>[]; thumbnail: Record<string, string>[]}[]
  }
  if (result.bozo !== 0) throw new Error(`feedparser flagged ${file}: ${result.bozo_exception}`)
  return result.entries
}

/** Parse a feed with @rowanmanning/feed-parser, a maintained JavaScript reader. */
export function readWithJsParser(xml: string): ReadFeed {
  const feed = parseFeed(xml)
  const iso = (date: Date | null) => (date ? date.toISOString().replace(/\.\d{3}Z$/, 'Z') : '')
  return {
    language: feed.language ?? '',
    title: feed.title ?? '',
    description: feed.description ?? '',
    // It types no field: it decodes character references in every one and renders none.
    markup: [],
    entries: feed.items.map((item) => ({
      title: item.title ?? '',
      summary: item.description ?? '',
      author: item.authors[0]?.name ?? '',
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

// The W3C Feed Validator's checks on text fields (it cannot be installed here), on the text as
// expat decodes it once, as the validator reads it:
// - error: an element inside a text field (UndefinedElement); ill-formed XML or an undefined
//   entity stops the parse (SAXError);
// - RSS title, channel description, category, copyright (its "nonhtml"): an HTML end tag there
//   (ContainsHTML);
// - RSS item description and Atom type="html" constructs (its "safeHtml"): a script, frame,
//   object, style or event handler (SecurityRisk), a `<` that opens nothing or an undefined
//   character reference (NotHtml);
// - Atom type="text" constructs and names: an HTML end tag (ContainsUndeclaredHTML, ContainsHTML);
// - any text: a C1 control, U+0080 to U+009F (BadCharacters).
// dc:creator it reads as text with no check. Left out: its "experimental RSS Profile" warnings,
// which flag a character reference in a decoded RSS title unless the element's lines hold a
// `&#x` reference. They cannot hold with @rowanmanning/feed-parser for a title escaped as HTML:
// that reader decodes XML numeric references only in its second, HTML pass, so `&#x26;lt;b&#x26;gt;`
// reaches it as `&lt;b&gt;` (tested), while `&amp;lt;b&amp;gt;` reaches every reader as `<b>`.
const validatorScript = String.raw`
import html.entities, json, re, sys, xml.sax
from html.parser import HTMLParser

ATOM = 'http://www.w3.org/2005/Atom'
ELEMENTS = set('''a abbr address area article aside audio b base bdi bdo big blockquote body br
button canvas caption center cite code col colgroup data datalist dd del details dfn dialog dir
div dl dt em embed fieldset figcaption figure font footer form frame frameset h1 h2 h3 h4 h5 h6
head header hgroup hr html i iframe img input ins kbd label legend li link main map mark menu meta
meter nav noframes noscript object ol optgroup option output p param picture pre progress q rp rt
ruby s samp script section select small source span strike strong style sub summary sup table
tbody td template textarea tfoot th thead time title tr track tt u ul var video wbr'''.split())
UNSAFE = {'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'meta', 'link', 'base', 'form', 'svg', 'math'}
URL_ATTRIBUTES = {'href', 'src', 'action', 'formaction', 'data', 'poster', 'background', 'xlink:href'}
end_tag = re.compile(r'</(\w+)>')

LEGACY = [name for name in html.entities.html5 if not name.endswith(';')]

class Risks(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found = []
    def handle_starttag(self, tag, attrs):
        if tag in UNSAFE:
            self.found.append('SecurityRisk <%s>' % tag)
        for name, value in attrs:
            if name.startswith('on') or name in ('style', 'srcdoc'):
                self.found.append('SecurityRisk %s= on <%s>' % (name, tag))
            elif name in URL_ATTRIBUTES and re.match(r'\s*(javascript|vbscript|data):', value or '', re.I):
                self.found.append('SecurityRisk %s URL on <%s>' % (value.split(':')[0], tag))

def reference_errors(value):
    found = []
    for name, semicolon in re.findall(r'&([A-Za-z0-9]+)(;?)', value):
        if semicolon and name + ';' not in html.entities.html5:
            found.append('NotHtml: undefined &%s;' % name)
        elif not semicolon and any(name.startswith(legacy) for legacy in LEGACY):
            found.append('NotHtml: &%s without its ;' % name)
    for reference in re.findall(r'&#[^;]*;?', value):
        if not re.fullmatch(r'&#(\d+|[xX][0-9a-fA-F]+);', reference):
            found.append('NotHtml: bad numeric reference %s' % reference)
    return found

def safe_html(value):
    parser = Risks()
    parser.feed(value)
    parser.close()
    stray = re.search(r'<(?![A-Za-z/!?])', value)
    return parser.found + reference_errors(value) + (['NotHtml: a < that opens nothing'] if stray else [])

def contains_html(value, rule):
    tags = [t for t in end_tag.findall(value) if t.lower() in ELEMENTS]
    return ['%s </%s>' % (rule, tags[0])] if tags else []

class Checks(xml.sax.ContentHandler):
    def __init__(self, file):
        self.file, self.stack, self.findings = file, [], []
    def startElementNS(self, name, qname, attrs):
        if self.stack:
            self.stack[-1]['children'] = True
        self.stack.append({'name': name, 'type': attrs.get((None, 'type'), 'text'), 'text': [], 'children': False})
    def characters(self, content):
        self.stack[-1]['text'].append(content)
    def endElementNS(self, name, qname):
        node = self.stack.pop()
        value = ''.join(node['text'])
        path = '/'.join(n['name'][1] for n in self.stack + [node])
        for problem in self.check(node, value) + (['BadCharacters (C1 control)'] if re.search('[\x80-\x9f]', value) else []):
            self.findings.append('%s %s: %s in %r' % (self.file, path, problem, value[:200]))
    def check(self, node, value):
        ns, local = node['name']
        parent = self.stack[-1]['name'] if self.stack else (None, None)
        if ns is None and local in ('title', 'description', 'category', 'copyright') and parent[1] in ('channel', 'item', 'image'):
            problems = ['UndefinedElement (an element inside <%s>)' % local] if node['children'] else []
            if local == 'description' and parent[1] == 'item':
                return problems + safe_html(value)
            return problems + contains_html(value, 'ContainsHTML')
        if ns == ATOM and local in ('title', 'subtitle', 'summary', 'rights'):
            if node['type'] == 'html':
                return safe_html(value)
            return contains_html(value, 'ContainsUndeclaredHTML')
        if ns == ATOM and local == 'name':
            return contains_html(value, 'ContainsHTML')
        return []

out = []
for file in sys.argv[1:]:
    parser = xml.sax.make_parser()
    parser.setFeature(xml.sax.handler.feature_namespaces, True)
    checks = Checks(file)
    parser.setContentHandler(checks)
    try:
        parser.parse(file)
    except xml.sax.SAXParseException as error:
        checks.findings.append('%s: SAXError %s' % (file, error))
    out.extend(checks.findings)
print(json.dumps(out))
`

/** Every finding of the W3C Feed Validator's text-field checks (see above) in RSS and Atom files. */
export function feedValidatorTextFindings(files: readonly string[]): string[] {
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', validatorScript, ...files], {encoding: 'utf8', maxBuffer: 64 * 1024 * 1024})) as string[]
}
