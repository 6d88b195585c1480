import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {loadSite} from '../../pipeline/build.ts'
import {buildContent, filesUnder} from '../support/build-content.ts'
import {readWithFeedparser, readWithJsParser, xmlWellFormednessErrors, type ReadFeed} from '../support/feed-readers.ts'
import {repoRoot} from '../support/site-fixture.ts'

let dist: string
let expected: Record<string, {title: string; url: string; date: string}[]>
beforeAll(async () => {
  dist = await buildContent()
  const site = await loadSite({root: repoRoot})
  if (!site.config) throw new Error('the project config did not load')
  expected = {}
  for (const locale of ['en', 'ru', 'uz', 'uz-Cyrl'] as const) {
    expected[locale] = site.releases.flatMap((release) => {
      const document = release.translations[locale]
      if (!document) return []
      return [
        {
          title: document.frontMatter.title,
          url: `https://dunyo.example/${prefixes[locale]}/${release.year}/${release.month}/${release.slug}/`,
          date: document.frontMatter.date
        }
      ]
    })
  }
})

const languages = {en: 'en', ru: 'ru', uz: 'uz-Latn', 'uz-Cyrl': 'uz-Cyrl'} as const
const prefixes = {en: 'en', ru: 'ru', uz: 'uz', 'uz-Cyrl': 'uz-cyrl'} as const
const utc = (iso: string) => new Date(iso).toISOString().replace(/\.\d{3}Z$/, 'Z')

function expectFeed(feed: ReadFeed, locale: keyof typeof languages) {
  const releases = expected[locale]!
  expect(feed.language).toBe(languages[locale])
  expect(feed.entries.map((e) => e.title)).toEqual(releases.map((r) => r.title))
  expect(feed.entries.map((e) => e.link)).toEqual(releases.map((r) => r.url))
  expect(feed.entries.map((e) => e.id)).toEqual(releases.map((r) => r.url))
  expect(feed.entries.map((e) => e.published)).toEqual(releases.map((r) => utc(r.date)))
  for (const entry of feed.entries) {
    // The lead image and its caption come first, then the body.
    expect(entry.content).toMatch(/^<(?:figure|p)>/)
    expect(entry.content).not.toMatch(/(?:href|src)="\//)
    for (const enclosure of entry.enclosures) {
      expect(enclosure.type).toMatch(/^image\/(jpeg|png)$/)
      expect(enclosure.length).toBeGreaterThan(0)
    }
  }
}

describe('the feeds built from content/', () => {
  for (const locale of ['en', 'ru', 'uz', 'uz-Cyrl'] as const) {
    for (const format of ['rss.xml', 'atom.xml']) {
      it(`${locale}/${format} should parse cleanly in feedparser with every entry intact`, () => {
        expectFeed(readWithFeedparser(join(dist, prefixes[locale], format)), locale)
      })
      it(`${locale}/${format} should parse in the JavaScript reader with every entry intact`, async () => {
        expectFeed(readWithJsParser(await readFile(join(dist, prefixes[locale], format), 'utf8')), locale)
      })
    }

    it(`${locale}/feed.json should be JSON Feed 1.1 in the locale's language with unique ids and RFC 3339 dates`, async () => {
      const feed = JSON.parse(await readFile(join(dist, prefixes[locale], 'feed.json'), 'utf8'))
      expect(feed.version).toBe('https://jsonfeed.org/version/1.1')
      expect(feed.language).toBe(languages[locale])
      expect(feed.authors).toEqual([expect.objectContaining({name: locale === 'ru' ? 'Дунё' : 'Dunyo'})])
      expect(feed.items.map((i: {title: string}) => i.title)).toEqual(expected[locale]!.map((r) => r.title))
      expect(new Set(feed.items.map((i: {id: string}) => i.id)).size).toBe(feed.items.length)
      const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/
      for (const item of feed.items) {
        expect(item.date_published).toMatch(rfc3339)
        expect(item.date_modified).toMatch(rfc3339)
        expect(item.authors.length).toBe(1)
      }
    })
  }

  it('should link each entry to its translations, in Atom and in JSON Feed', async () => {
    const atom = await readFile(join(dist, 'ru/atom.xml'), 'utf8')
    expect(atom).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ru">')
    expect(atom).toContain(
      '<link rel="alternate" type="text/html" hreflang="uz-Latn" href="https://dunyo.example/uz/2022/08/sco-information-security-forum/"/>'
    )
    const json = JSON.parse(await readFile(join(dist, 'ru/feed.json'), 'utf8'))
    const seed = json.items.find((i: {id: string}) => i.id.endsWith('/sco-information-security-forum/'))
    expect(seed._matbuot.translations).toEqual([
      {language: 'en', url: 'https://dunyo.example/en/2022/08/sco-information-security-forum/'},
      {language: 'uz-Latn', url: 'https://dunyo.example/uz/2022/08/sco-information-security-forum/'},
      {language: 'uz-Cyrl', url: 'https://dunyo.example/uz-cyrl/2022/08/sco-information-security-forum/'}
    ])
  })

  it('should date each feed by its newest entry, never by the build', async () => {
    const atom = await readFile(join(dist, 'en/atom.xml'), 'utf8')
    const newest = Math.max(...[...atom.matchAll(/<entry>[\s\S]*?<updated>([^<]+)<\/updated>/g)].map((m) => Date.parse(m[1]!)))
    expect(/<feed[\s\S]*?<updated>([^<]+)<\/updated>/.exec(atom)![1]).toBe(new Date(newest).toISOString())
  })

  it('should make every XML file well-formed for a strict parser', async () => {
    const xml = await filesUnder(dist, '.xml')
    // Feeds and sitemaps; the NewsML-G2 items under syndication/ are checked by the syndication tests too.
    expect(xml.filter((file) => !file.includes('/syndication/')).length).toBe(4 * 3 + 2)
    expect(xmlWellFormednessErrors(xml)).toBe('')
  })

  it('should announce the locale’s feeds in the head of every site page', async () => {
    // Partner copies are for other sites to republish; they carry no site navigation or feeds.
    for (const page of (await filesUnder(dist, '.html')).filter((p) => !p.includes('/syndication/'))) {
      const locale = /^\/(en|ru|uz|uz-cyrl)\//.exec(page.slice(dist.length))?.[1] ?? 'en'
      const html = await readFile(page, 'utf8')
      for (const [type, file] of [
        ['application/rss+xml', 'rss.xml'],
        ['application/atom+xml', 'atom.xml'],
        ['application/feed+json', 'feed.json']
      ] as const) {
        expect(html, page).toMatch(new RegExp(`<link rel="alternate" type="${type.replace('+', '\\+')}" title="[^"]+" href="/${locale}/${file}">`))
      }
    }
  })
})
