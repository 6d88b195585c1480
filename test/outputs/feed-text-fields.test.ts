import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {build} from '../../pipeline/build.ts'
import {feedValidatorTextFindings, readWithFeedparser, readWithJsParser, xmlWellFormednessErrors, type ReadFeed} from '../support/feed-readers.ts'
import {fixtureConfig, makeSite, release, repoRoot, tinyPng} from '../support/site-fixture.ts'

// Texts a release may carry that a feed must not turn into markup, lose, or choke a reader on.
const texts = [
  '<img src=x onerror=alert(1)>',
  'AT&T, R&D and Q&A',
  'a < b, c > d, I <3 N.Y.',
  'The &amp; entity',
  '<b>bold</b>',
  '"double" and \'single\' quotes',
  'Emoji 🇺🇿📰 and a right-to-left mark \u200F here',
  'Ташкент и Oʻzbekiston: gʻalaba va taʼlim',
  'x &nbsp; y, &copy 2024, &notice, &#65; &#x42;',
  '<script>alert(1)</script>',
  'a<!-- comment -->b',
  '<!DOCTYPE x[<!ENTITY x SYSTEM "file:///etc/passwd">]>',
  '<!ENTITY x "y">',
  '<?xml version="1.0"?> and <?php echo 1 ?>',
  'Ends ]]> and opens <![CDATA[ here',
  'C1 controls\u0085 and\u009B here'
]
// feedparser turns C1 controls into the Windows-1252 characters of those bytes: feeds drop them.
const shown = (text: string) => text.replace(/[\u0080-\u009F]/g, '')

const siteName = 'Dunyo <b>News</b> & AT&T &amp; co'
// A feed's title names its language after the site.
const feedTitle = `${siteName} — English`
const siteDescription = 'Releases <i>daily</i> & a < b, &copy 2024'
const tagNames = {economy: 'R&D <img src=x onerror=alert(1)>', culture: 'The &amp; "entity"', energy: 'Ташкент & Oʻzbek'}

async function hostileSite() {
  const en = JSON.parse(await readFile(join(repoRoot, 'locales/en.json'), 'utf8'))
  en.site.name = siteName
  en.site.description = siteDescription
  Object.assign(en.tags, tagNames)
  const files: Record<string, string | Uint8Array> = {'content/media/logo.png': tinyPng, 'locales/en.json': JSON.stringify(en)}
  texts.forEach((text, index) => {
    const day = String(index + 1).padStart(2, '0')
    files[`content/2024/05/text-${index}.en.md`] = release({
      title: text,
      summary: `Summary: ${text}`,
      author: `By ${text}`,
      date: `2024-05-${day}T10:00:00+05:00`,
      tags: Object.keys(tagNames)
    })
  })
  return makeSite(files, {config: `${fixtureConfig}feedSize: ${texts.length}\n`})
}

const newestFirst = [...texts].reverse()
const expectedEntries = newestFirst.map((text) => ({
  title: shown(text),
  summary: shown(`Summary: ${text}`),
  author: shown(`By ${text}`),
  categories: Object.values(tagNames)
}))

function readTexts(feed: ReadFeed) {
  return {
    title: feed.title,
    description: feed.description,
    markup: feed.markup,
    entries: feed.entries.map((e) => ({title: e.title, summary: e.summary, author: e.author, categories: e.categories}))
  }
}

let dist: string
beforeAll(async () => {
  const root = await hostileSite()
  const result = await build({root})
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
  dist = join(root, 'dist')
})

const feeds = () => ['rss.xml', 'atom.xml'].map((file) => join(dist, 'en', file))

describe('feed text fields that look like markup, entities or declarations', () => {
  it('should keep every RSS and Atom feed well-formed for xmllint', () => {
    expect(xmlWellFormednessErrors(feeds())).toBe('')
  })

  it('should reach feedparser as the literal text in every field, with no markup left live and no crash', () => {
    for (const file of feeds()) {
      expect(readTexts(readWithFeedparser(file)), file).toEqual({
        title: feedTitle,
        description: siteDescription,
        markup: [],
        entries: expectedEntries
      })
    }
  })

  it('should reach the JavaScript readers as the literal text in every field, JSON Feed included', async () => {
    for (const file of feeds()) {
      expect(readTexts(readWithJsParser(await readFile(file, 'utf8'))), file).toEqual({
        title: feedTitle,
        description: siteDescription,
        markup: [],
        entries: expectedEntries
      })
    }
    const json = JSON.parse(await readFile(join(dist, 'en/feed.json'), 'utf8'))
    expect({title: json.title, description: json.description}).toEqual({title: feedTitle, description: siteDescription})
    expect(
      json.items.map((i: {title: string; summary: string; authors: {name: string}[]; tags: string[]}) => ({
        title: i.title,
        summary: i.summary,
        author: i.authors[0]!.name,
        categories: i.tags
      }))
    ).toEqual(expectedEntries)
  })

  it('should pass the W3C Feed Validator’s checks on text fields', () => {
    // A name holding an HTML end tag itself draws "contains HTML" in an Atom <name> whatever the
    // encoding: a name has no HTML form there, and every reader takes it for plain text.
    const endTagNames = newestFirst
      .filter((text) => /<\/\w+>/.test(text))
      .map((text) => `feed/entry/author/name: ContainsHTML ${/<\/\w+>/.exec(text)![0]}`)
    expect(feedValidatorTextFindings(feeds()).map((finding) => finding.replace(/^\S+ /, '').replace(/ in .*$/, ''))).toEqual(endTagNames)
  })
})
