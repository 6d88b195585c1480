import {readFile} from 'node:fs/promises'
import {createRequire} from 'node:module'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {build} from '../../pipeline/build.ts'
import {launchBrowser} from '../support/browser.ts'
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
const readText = (root: string, path: string) => readFile(join(root, path), 'utf8')

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

describe('partner index', () => {
  it('should be dated by its newest item’s version, never by the build’s clock', async () => {
    const root = await makeSite({
      'content/media/logo.png': tinyPng,
      'content/2024/05/new.en.md': release({title: 'New', date: '2024-05-18T10:00:00+05:00'}),
      // Older, but revised after the newer one was published.
      'content/2024/05/old.en.md': release({title: 'Old', date: '2024-05-01T10:00:00+05:00', updated: '2024-05-19T08:00:00+03:00'})
    })
    await build({root, now})
    const first = await readText(root, 'dist/syndication/en/index.json')
    expect(JSON.parse(first).updated).toBe('2024-05-19T08:00:00+03:00')
    await build({root, now: new Date('2024-07-01T00:00:00Z')})
    expect(await readText(root, 'dist/syndication/en/index.json')).toBe(first)
    // A language with no release yet has nothing to be dated by.
    expect(await read(root, 'dist/syndication/ru/index.json')).toEqual({language: 'ru', items: []})
  })
})

describe('partner HTML', () => {
  function partnerSite() {
    return makeSite({
      'content/media/logo.png': tinyPng,
      'content/2024/05/deal.en.md': release({title: 'Deal', date: '2024-05-19T10:00:00+05:00', summary: 'The standfirst.'}),
      'content/2024/05/deal.ru.md': release({title: 'Сделка', date: '2024-05-19T10:00:00+05:00', summary: 'Вводка.'}),
      'content/2024/05/secret.en.md': release({title: 'Secret', date: '2024-05-19T11:00:00+05:00', embargo: '2024-06-01T09:00:00+05:00'}),
      'content/2024/05/secret.ru.md': release({title: 'Секрет', date: '2024-05-19T11:00:00+05:00', embargo: '2024-06-01T09:00:00+05:00'})
    })
  }

  it('should carry the standfirst, the copyright and the usage terms in the release’s language', async () => {
    const root = await partnerSite()
    await build({root, now})
    const en = await readText(root, 'dist/syndication/en/2024/05/deal.html')
    expect(en).toContain('<h1>Deal</h1><p class="standfirst">The standfirst.</p>')
    expect(en).toContain(
      '<footer><p class="copyright">© Dunyo information agency</p><p class="usage-terms">Partners may republish this release in full, unchanged, with the attribution line and a link to the source page.</p></footer>'
    )
    const ru = await readText(root, 'dist/syndication/ru/2024/05/deal.html')
    expect(ru).toContain('<p class="standfirst">Вводка.</p>')
    expect(ru).toContain('<p class="copyright">© Информационное агентство Dunyo</p>')
    expect(ru).toContain('<p class="usage-terms">Партнёры могут перепечатывать')
  })

  it('should hold all its content in landmarks, one of them main (axe landmark-one-main, region)', async () => {
    const root = await partnerSite()
    await build({root, now})
    const browser = await launchBrowser()
    try {
      const page = await browser.newPage()
      // The copy's URLs are absolute, on a host this machine cannot reach.
      await page.route('**/*', (route) => route.abort())
      await page.setContent(await readText(root, 'dist/syndication/en/2024/05/deal.html'))
      await page.addScriptTag({path: createRequire(import.meta.url).resolve('axe-core/axe.min.js')})
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as {axe: {run: (options: unknown) => Promise<{violations: {id: string}[]}>}}).axe
        const result = await axe.run({runOnly: {type: 'rule', values: ['landmark-one-main', 'region']}})
        return result.violations.map((v) => v.id)
      })
      expect(violations).toEqual([])
    } finally {
      await browser.close()
    }
  })

  it('should show, only in the partner bundle and only until it lifts, when the embargo lifts, in the reader’s language', async () => {
    const root = await partnerSite()
    await build({root, now, partnerBundle: join(root, 'partner')})
    expect(await readText(root, 'partner/syndication/en/2024/05/secret.html')).toContain(
      '<article><p class="embargo-notice">Embargoed: not for publication before 1 June 2024, 09:00 (Asia/Tashkent).</p><h1>Secret</h1>'
    )
    expect(await readText(root, 'partner/syndication/ru/2024/05/secret.html')).toContain(
      '<p class="embargo-notice">Эмбарго: не публиковать до 1 июня 2024 г., 09:00 (Asia/Tashkent).</p>'
    )
    expect(await readText(root, 'partner/syndication/en/2024/05/deal.html')).not.toContain('<p class="embargo-notice">')
    await build({root, now: new Date('2024-06-02T12:00:00+05:00'), partnerBundle: join(root, 'partner')})
    for (const tree of ['partner', 'dist'])
      expect(await readText(root, `${tree}/syndication/en/2024/05/secret.html`)).not.toContain('<p class="embargo-notice">')
  })
})
