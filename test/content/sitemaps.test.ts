import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {xml2js, type ElementCompact} from 'xml-js'
import {buildContent} from '../support/build-content.ts'

type Alternates = Map<string, string>
let entries: Map<string, Alternates>
beforeAll(async () => {
  const dist = await buildContent()
  entries = new Map()
  for (const locale of ['en', 'ru', 'uz', 'uz-cyrl']) {
    const xml = xml2js(await readFile(join(dist, locale, 'sitemap.xml'), 'utf8'), {compact: true}) as ElementCompact
    for (const url of [xml.urlset.url].flat() as ElementCompact[]) {
      const links = [url['xhtml:link']].flat() as ElementCompact[]
      entries.set(
        String((url.loc as ElementCompact)._text),
        new Map(links.map((l) => [String(l._attributes!.hreflang), String(l._attributes!.href)]))
      )
    }
  }
})

describe('the sitemaps built from content/', () => {
  it('should list every URL with absolute alternates that include itself and x-default', () => {
    expect(entries.size).toBeGreaterThan(30)
    for (const [loc, alternates] of entries) {
      expect(loc).toMatch(/^https:\/\/dunyo\.example\//)
      expect([...alternates.values()]).toContain(loc)
      expect(alternates.has('x-default')).toBe(true)
    }
  })

  it('should keep hreflang sets reciprocal: every alternate lists the same set back', () => {
    for (const [loc, alternates] of entries) {
      for (const [hreflang, href] of alternates) {
        if (hreflang === 'x-default') continue
        expect(entries.get(href), `${href}, alternate of ${loc}`).toEqual(alternates)
      }
    }
  })
})
