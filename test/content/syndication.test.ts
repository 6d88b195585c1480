import {existsSync} from 'node:fs'
import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {buildContent, filesUnder} from '../support/build-content.ts'
import {readWithFeedparser} from '../support/feed-readers.ts'
import {at, childrenNamed, newsmlSchemaErrors, readNewsml, textOf} from '../support/newsml.ts'
import {ninjsValidator} from '../support/ninjs-schema.ts'

interface Item {
  uri: string
  language: string
  headlines: {value: string}[]
  altIds: {role: string; value: string}[]
  associations: {name: string; type: string; rel?: string; uri: string; language?: string}[]
}

let dist: string
let items: Item[]
beforeAll(async () => {
  dist = await buildContent()
  const files = (await filesUnder(join(dist, 'syndication'), '.json')).filter((f) => !f.endsWith('/index.json'))
  items = await Promise.all(files.map(async (f) => JSON.parse(await readFile(f, 'utf8')) as Item))
})

const attribution = {en: 'Source: Dunyo', ru: 'Источник: Дунё', uz: 'Manba: Dunyo', 'uz-cyrl': 'Манба: Dunyo'} as const

describe('ninjs items built from content/', () => {
  it('should all validate against the IPTC ninjs 3.1 schema', () => {
    const validate = ninjsValidator()
    expect(items.length).toBe(44)
    for (const item of items) expect({uri: item.uri, errors: validate(item)}).toEqual({uri: item.uri, errors: []})
  })

  it('should be rejected by the same schema when broken (the check can fail)', () => {
    const validate = ninjsValidator()
    const [item] = items
    expect(validate({...item, uri: undefined})).not.toEqual([])
    expect(validate({...item, headline: 'not a ninjs field'})).not.toEqual([])
  })

  it('should link translations reciprocally and share one translation-group id', () => {
    const byUri = new Map(items.map((item) => [item.uri, item]))
    const group = (item: Item) => item.altIds.find((id) => id.role === 'translation-group')!.value
    for (const item of items) {
      for (const translation of item.associations.filter((a) => a.rel === 'translation')) {
        const other = byUri.get(translation.uri)
        expect(other, translation.uri).toBeDefined()
        expect(other!.language).toBe(translation.language)
        expect(other!.associations.some((a) => a.rel === 'translation' && a.uri === item.uri)).toBe(true)
        expect(group(other!)).toBe(group(item))
      }
    }
  })
})

describe('NewsML-G2 items built from content/', () => {
  const local = (url: string) => join(dist, new URL(url).pathname)

  it('should all validate against the IPTC NewsML-G2 2.35 schema: a text item per ninjs item, a picture per image, a package per release', async () => {
    const files = await filesUnder(join(dist, 'syndication'), '.xml')
    expect(newsmlSchemaErrors(files)).toEqual([])
    const slugs = new Set(items.map((item) => item.uri.replace(/^.*\//, '')))
    expect(files.filter((f) => f.endsWith('.picture.xml')).length).toBe(
      items.filter((item) => item.associations.some((a) => a.type === 'picture')).length
    )
    expect(files.filter((f) => /\/syndication\/\d{4}\//.test(f)).length).toBe(slugs.size)
    expect(files.length - slugs.size - files.filter((f) => f.endsWith('.picture.xml')).length).toBe(items.length)
  })

  it('should point every picture rendition at a file the build wrote, with its width', async () => {
    for (const file of (await filesUnder(join(dist, 'syndication'), '.xml')).filter((f) => f.endsWith('.picture.xml'))) {
      const renditions = childrenNamed(at(readNewsml(await readFile(file, 'utf8')), 'contentSet'), 'remoteContent')
      expect(renditions.length).toBeGreaterThan(1)
      for (const rendition of renditions) {
        const {href, width} = rendition.attributes ?? {}
        expect(existsSync(join(dist, decodeURIComponent(new URL(String(href)).pathname))), String(href)).toBe(true)
        expect(Number(width)).toBeGreaterThan(0)
      }
    }
  })

  it('should say what the ninjs item says, link translations reciprocally, and have its package reference every language', async () => {
    for (const ninjs of items) {
      const file = ninjs.uri.replace(/\.json$/, '.xml')
      const item = readNewsml(await readFile(local(file), 'utf8'))
      expect(item.attributes?.guid).toBe(file)
      expect(textOf(at(item, 'contentMeta/headline'))).toBe(ninjs.headlines[0]!.value)
      expect(at(item, 'contentMeta/language')?.attributes?.tag).toBe(ninjs.language)
      expect(at(item, 'contentSet/inlineXML/html')?.attributes?.xmlns).toBe('http://www.w3.org/1999/xhtml')
      const links = childrenNamed(at(item, 'itemMeta'), 'link')
      const translations = links.filter(
        (link) => link.attributes?.contenttype === 'application/vnd.iptc.g2.newsitem+xml' && link.attributes.rel === 'irel:seeAlso'
      )
      expect(translations.length).toBe(ninjs.associations.filter((a) => a.rel === 'translation').length)
      for (const link of translations) {
        const other = readNewsml(await readFile(local(String(link.attributes!.href)), 'utf8'))
        expect(childrenNamed(at(other, 'itemMeta'), 'link').map((l) => l.attributes?.href)).toContain(file)
      }
      const pkg = readNewsml(await readFile(local(file.replace(/\/syndication\/[^/]+\//, '/syndication/')), 'utf8'))
      const refs = childrenNamed(at(pkg, 'groupSet'), 'group').flatMap((group) => childrenNamed(group, 'itemRef').map((ref) => ref.attributes?.href))
      for (const href of [file, ...translations.map((link) => link.attributes!.href)]) expect(refs).toContain(href)
    }
  })
})

describe('partner HTML built from content/', () => {
  it('should be self-contained, absolute, canonical and attributed in its own language', async () => {
    const pages = await filesUnder(join(dist, 'syndication'), '.html')
    expect(pages.length).toBe(44)
    for (const page of pages) {
      const html = await readFile(page, 'utf8')
      const locale = /\/syndication\/(en|ru|uz|uz-cyrl)\//.exec(page)![1] as keyof typeof attribution
      expect(html).not.toMatch(/<script|<link rel="stylesheet"|<nav/)
      for (const [, url] of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) expect(url, page).toMatch(/^https?:\/\/[^/]/)
      const canonical = /<link rel="canonical" href="([^"]+)">/.exec(html)![1]!
      expect(canonical).toBe(`https://dunyo.example${page.slice(join(dist, 'syndication').length).replace(/\.html$/, '/')}`)
      expect(html).toContain(`<p class="attribution">${attribution[locale]}: <a href="${canonical}">${canonical}</a></p>`)
      expect(html).toMatch(/<html lang="(en|ru|uz-Latn|uz-Cyrl)">/)
    }
  })
})

describe('partner indexes built from content/', () => {
  it('should list what the locale’s feed lists, newest first', async () => {
    for (const locale of ['en', 'ru', 'uz', 'uz-cyrl']) {
      const index = JSON.parse(await readFile(join(dist, 'syndication', locale, 'index.json'), 'utf8'))
      const feed = readWithFeedparser(join(dist, locale, 'rss.xml'))
      expect(index.items.map((i: {links: {page: string}}) => i.links.page)).toEqual(feed.entries.map((e) => e.link))
      for (const entry of index.items) {
        expect(entry.links.ninjs).toBe(entry.uri)
        expect(entry.links.html).toMatch(/^https:\/\/dunyo\.example\/syndication\/.+\.html$/)
      }
    }
  })
})
