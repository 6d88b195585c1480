import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {xml2js, type ElementCompact} from 'xml-js'
import {build} from '../../pipeline/build.ts'
import {xmlWellFormednessErrors} from '../support/feed-readers.ts'
import {makeSite, release, tinyPng} from '../support/site-fixture.ts'

const now = new Date('2024-05-10T12:00:00+05:00')

function newsSite() {
  return makeSite({
    'content/media/logo.png': tinyPng,
    'content/2024/05/fresh.en.md': release({title: 'Fresh & new', date: '2024-05-10T02:00:00+05:00'}),
    'content/2024/05/fresh.uz.md': release({title: 'Yangi oʻzgarish', date: '2024-05-10T02:00:00+05:00'}),
    'content/2024/05/edge.ru.md': release({title: 'Почти двое суток', date: '2024-05-08T12:30:00+05:00'}),
    'content/2024/05/stale.en.md': release({title: 'Three days old', date: '2024-05-07T11:00:00+05:00'}),
    'content/2024/05/future.en.md': release({title: 'Tomorrow', date: '2024-05-11T09:00:00+05:00'})
  })
}

const asArray = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value])
const text = (element: ElementCompact | undefined) => String((element as {_text?: string} | undefined)?._text ?? '')

describe('news sitemap', () => {
  it('should list only articles published in the 48 hours before the build clock', async () => {
    const root = await newsSite()
    await build({root, now})
    const xml = xml2js(await readFile(join(root, 'dist/news-sitemap.xml'), 'utf8'), {compact: true}) as ElementCompact
    const urls = asArray(xml.urlset.url as ElementCompact[])
    expect(urls.map((u) => text(u.loc))).toEqual([
      'https://news.test/en/2024/05/fresh/',
      'https://news.test/uz/2024/05/fresh/',
      'https://news.test/ru/2024/05/edge/'
    ])
    const uz = urls[1]!['news:news'] as ElementCompact
    expect(text(uz['news:title'])).toBe('Yangi oʻzgarish')
    expect(text(uz['news:publication_date'])).toBe('2024-05-10T02:00:00+05:00')
    expect(text((uz['news:publication'] as ElementCompact)['news:language'])).toBe('uz')
    expect(text((uz['news:publication'] as ElementCompact)['news:name'])).toBe('Dunyo')
  })

  it('should change only with the clock it is given', async () => {
    const root = await newsSite()
    await build({root, now: new Date('2030-01-01T00:00:00Z')})
    expect(await readFile(join(root, 'dist/news-sitemap.xml'), 'utf8')).not.toContain('<url>')
  })
})

describe('sitemaps and robots.txt', () => {
  it('should index one sitemap per locale and name both sitemaps in robots.txt', async () => {
    const root = await newsSite()
    await build({root, now})
    const index = xml2js(await readFile(join(root, 'dist/sitemap.xml'), 'utf8'), {compact: true}) as ElementCompact
    expect(asArray(index.sitemapindex.sitemap as ElementCompact[]).map((s) => text(s.loc))).toEqual([
      'https://news.test/en/sitemap.xml',
      'https://news.test/ru/sitemap.xml',
      'https://news.test/uz/sitemap.xml'
    ])
    expect(await readFile(join(root, 'dist/robots.txt'), 'utf8')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://news.test/sitemap.xml\nSitemap: https://news.test/news-sitemap.xml\n'
    )
  })

  it('should give an article its lastmod and every translation as an alternate, with x-default', async () => {
    const root = await newsSite()
    await build({root, now})
    const xml = xml2js(await readFile(join(root, 'dist/uz/sitemap.xml'), 'utf8'), {compact: true}) as ElementCompact
    const fresh = asArray(xml.urlset.url as ElementCompact[]).find((u) => text(u.loc) === 'https://news.test/uz/2024/05/fresh/')!
    expect(text(fresh.lastmod)).toBe('2024-05-10T02:00:00+05:00')
    expect(asArray(fresh['xhtml:link'] as ElementCompact[]).map((l) => l._attributes)).toEqual([
      {rel: 'alternate', hreflang: 'en', href: 'https://news.test/en/2024/05/fresh/'},
      {rel: 'alternate', hreflang: 'uz-Latn', href: 'https://news.test/uz/2024/05/fresh/'},
      {rel: 'alternate', hreflang: 'x-default', href: 'https://news.test/en/2024/05/fresh/'}
    ])
  })
})

describe('sitemaps of a locale with no release yet', () => {
  function englishOnlySite() {
    return makeSite({
      'content/media/logo.png': tinyPng,
      'content/2024/05/only.en.md': release({title: 'Only in English', date: '2024-05-09T10:00:00+05:00'}),
      'content/2024/05/older.en.md': release({title: 'Older', date: '2024-05-02T10:00:00+05:00', updated: '2024-05-06T08:00:00+05:00'})
    })
  }

  it('should never write undefined: no lastmod for the locale in /sitemap.xml, nor for its home page in its own sitemap', async () => {
    const root = await englishOnlySite()
    await build({root, now})
    const xml = await readFile(join(root, 'dist/sitemap.xml'), 'utf8')
    expect(xml).not.toContain('undefined')
    const index = xml2js(xml, {compact: true}) as ElementCompact
    expect(
      asArray(index.sitemapindex.sitemap as ElementCompact[]).map((s) => [text(s.loc), s.lastmod === undefined ? null : text(s.lastmod)])
    ).toEqual([
      ['https://news.test/en/sitemap.xml', '2024-05-09T10:00:00+05:00'],
      ['https://news.test/ru/sitemap.xml', null],
      ['https://news.test/uz/sitemap.xml', null]
    ])
    for (const locale of ['ru', 'uz']) {
      const own = await readFile(join(root, `dist/${locale}/sitemap.xml`), 'utf8')
      expect(own).not.toContain('undefined')
      const urls = asArray((xml2js(own, {compact: true}) as ElementCompact).urlset.url as ElementCompact[])
      expect(urls.map((u) => [text(u.loc), u.lastmod === undefined ? null : text(u.lastmod)])).toEqual([[`https://news.test/${locale}/`, null]])
    }
    const en = asArray(
      (xml2js(await readFile(join(root, 'dist/en/sitemap.xml'), 'utf8'), {compact: true}) as ElementCompact).urlset.url as ElementCompact[]
    )
    expect(text(en[0]!.lastmod)).toBe('2024-05-09T10:00:00+05:00')
  })
})

describe('news sitemap titles', () => {
  it('should write a title exactly, a literal &amp; and markup included', async () => {
    const title = 'Fish &amp; chips, AT&T <b>bold</b> "quoted"'
    const root = await makeSite({
      'content/media/logo.png': tinyPng,
      'content/2024/05/fresh.en.md': release({title, date: '2024-05-10T02:00:00+05:00'})
    })
    await build({root, now})
    const file = join(root, 'dist/news-sitemap.xml')
    expect(xmlWellFormednessErrors([file])).toBe('')
    const url = asArray((xml2js(await readFile(file, 'utf8'), {compact: true}) as ElementCompact).urlset.url as ElementCompact[])[0]!
    expect(text((url['news:news'] as ElementCompact)['news:title'])).toBe(title)
  })
})
