import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {build} from '../../pipeline/build.ts'
import {ninjsValidator} from '../support/ninjs-schema.ts'
import {makeSite, release, tinyPng} from '../support/site-fixture.ts'

const now = new Date('2024-05-20T12:00:00+05:00')

function site(title: string) {
  return makeSite({
    'content/media/logo.png': tinyPng,
    'content/2024/05/deal.en.md': release({title, date: '2024-05-19T10:00:00+05:00'}),
    'content/2024/05/secret.en.md': release({title: 'Secret', date: '2024-05-19T11:00:00+05:00', embargo: '2024-06-01T09:00:00+05:00'})
  })
}

const read = (root: string, path: string) => readFile(join(root, path), 'utf8').then(JSON.parse)

describe('syndication', () => {
  it('should keep an item’s uri when its title changes', async () => {
    const first = await site('Deal signed')
    const second = await site('Deal signed in Tashkent after long talks')
    await build({root: first, now})
    await build({root: second, now})
    const [a, b] = [await read(first, 'dist/syndication/en/2024/05/deal.json'), await read(second, 'dist/syndication/en/2024/05/deal.json')]
    expect(a.uri).toBe('https://news.test/syndication/en/2024/05/deal.json')
    expect(b.uri).toBe(a.uri)
    expect(b.headlines[0].value).not.toBe(a.headlines[0].value)
  })

  it('should leave embargoed releases out of the public syndication tree', async () => {
    const root = await site('Deal')
    await build({root, now})
    await expect(readFile(join(root, 'dist/syndication/en/2024/05/secret.json'))).rejects.toThrow(/ENOENT/)
    await expect(readFile(join(root, 'dist/syndication/en/2024/05/secret.html'))).rejects.toThrow(/ENOENT/)
    const index = await read(root, 'dist/syndication/en/index.json')
    expect(index.items.map((i: {headline: string}) => i.headline)).toEqual(['Deal'])
  })

  it('should put embargoed releases, marked embargoedUntil, only into a private partner bundle', async () => {
    const root = await site('Deal')
    await build({root, now, partnerBundle: join(root, 'partner')})
    const secret = await read(root, 'partner/syndication/en/2024/05/secret.json')
    expect(secret.embargoedUntil).toBe('2024-06-01T09:00:00+05:00')
    expect(ninjsValidator()(secret)).toEqual([])
    const index = await read(root, 'partner/syndication/en/index.json')
    expect(index.items.map((i: {headline: string; embargoedUntil?: string}) => [i.headline, i.embargoedUntil])).toEqual([
      ['Secret', '2024-06-01T09:00:00+05:00'],
      ['Deal', undefined]
    ])
    await expect(readFile(join(root, 'partner/en/index.html'))).rejects.toThrow(/ENOENT/)
    await expect(readFile(join(root, 'dist/syndication/en/2024/05/secret.json'))).rejects.toThrow(/ENOENT/)
  })
})
