import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import type {BrowserContext, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {build} from '../../pipeline/build.ts'
import {formatDiagnostic} from '../../pipeline/diagnostics/diagnostic.ts'
import {launchBrowser, seriousViolations} from '../support/browser.ts'
import {fixtureConfigWithCyrillic, makeSite, release, repoRoot, tinyPng} from '../support/site-fixture.ts'
import {startStaticServer, type StaticServer} from '../support/static-server.ts'

const seed = 'content/2022/08/sco-information-security-forum'

let server: StaticServer
let browser: BrowserContext
let page: Page
let buildErrors: string[] = []
const offSite: string[] = []
/** The paths the page asked of the site since the last search began. */
let asked: string[] = []

beforeAll(async () => {
  const files: Record<string, string | Uint8Array> = {'content/media/logo.png': tinyPng}
  for (const locale of ['en', 'ru', 'uz']) files[`${seed}.${locale}.md`] = await readFile(join(repoRoot, `${seed}.${locale}.md`), 'utf8')
  files['content/media/plant.png'] = tinyPng
  files['content/2024/05/grid.en.md'] = release(
    {
      title: 'Solar plant joins the grid',
      date: '2024-05-10T09:30:00+05:00',
      summary: 'A plant near Tashkent.',
      tags: ['economy'],
      image: {src: '/media/plant.png', alt: 'The plant'}
    },
    'The plant near Tashkent supplies the grid.'
  )
  // A year of its own between the two: each year is a bundle of the index, merged in the browser.
  // Sorted by date, Pagefind scores a result by its place in its own year, which here has more
  // releases than 2024: the newer release must still come first.
  files['content/2023/02/cotton.en.md'] = release(
    {title: 'Cotton harvest ends', date: '2023-02-10T09:30:00+05:00', summary: 'Fields near Tashkent.', tags: ['culture']},
    'The harvest near Tashkent is in.'
  )
  for (const day of ['10', '11']) files[`content/2023/01/winter-${day}.en.md`] = release({title: 'Winter', date: `2023-01-${day}T09:30:00+05:00`})
  files['content/2024/06/secret.en.md'] = release(
    {title: 'A release under embargo', date: '2024-06-01T09:30:00+05:00', embargo: '2099-01-01T00:00:00+05:00', tags: ['economy']},
    'Quokkanomics is the word only this release has.'
  )
  const root = await makeSite(files, {config: `${fixtureConfigWithCyrillic}search: true\n`})
  server = await startStaticServer()
  const result = await build({root, baseUrl: server.origin, cache: false, now: new Date('2024-07-01T00:00:00Z')})
  buildErrors = result.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic)
  server.serve(join(root, 'dist'))
  browser = await launchBrowser()
  browser.on('request', (request) => {
    if (!request.url().startsWith(`${server.origin}/`)) offSite.push(request.url())
    else asked.push(new URL(request.url()).pathname)
  })
  page = await browser.newPage()
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

/** The titles the search page lists for a query, once it has said how many it found. */
async function search(path: string): Promise<{titles: string[]; status: string}> {
  asked = []
  await page.goto(`${server.origin}${path}`)
  await page.waitForFunction(() => {
    const status = document.querySelector('.search-status')?.textContent ?? ''
    return status !== '' && !document.querySelector('#search-results')?.hasAttribute('hidden') && !status.endsWith('…')
  })
  const titles = await page.locator('.search-list h2').allTextContents()
  return {titles, status: (await page.locator('.search-status').textContent()) ?? ''}
}

describe('searching the archive in headless Chromium', () => {
  it('should build without errors', () => {
    expect(buildErrors).toEqual([])
  })

  it('should find the seed release first in English', async () => {
    const {titles, status} = await search('/en/search/?q=timeliness')
    expect(titles[0]).toContain('Bobur Usmanov')
    expect(status).toBe('1 result')
  })

  it('should find the Russian release by another form of its words, as the stemmer reads them', async () => {
    const {titles} = await search(`/ru/search/?q=${encodeURIComponent('информационная безопасность')}`)
    expect(titles[0]).toContain('Бобур Усманов')
  })

  it("should find the Uzbek release from a Latin query typed with a plain '", async () => {
    const {titles} = await search(`/uz/search/?q=${encodeURIComponent("o'zbekiston axborot")}`)
    expect(titles[0]).toContain('Bobur Usmonov')
  })

  it('should find the Uzbek Cyrillic release from a Cyrillic query', async () => {
    const {titles} = await search(`/uz-cyrl/search/?q=${encodeURIComponent('ахборот хавфсизлиги')}`)
    expect(titles[0]).toContain('Бобур Усмонов')
  })

  it('should list the results of every half-year newest first, a page at a time, fetching an older one only for a page that needs it', async () => {
    const {titles, status} = await search('/en/search/?q=Tashkent')
    expect(titles).toEqual(['Solar plant joins the grid', 'Cotton harvest ends'])
    expect(status).toBe('2 results since 1 January 2023')
    expect(asked.filter((path) => path.startsWith('/pagefind/en/2022/'))).toEqual([])
    await page.getByRole('button', {name: 'Show more results'}).click()
    await page.locator('.search-list > li').nth(2).waitFor()
    const all = await page.locator('.search-list h2').allTextContents()
    expect(all.slice(0, 2)).toEqual(titles)
    expect(all[2]).toContain('Bobur Usmanov')
    expect(await page.locator('.search-status').textContent()).toBe('3 results')
    expect(await page.getByRole('button', {name: 'Show more results'}).isVisible()).toBe(false)
  })

  it('should search only the years chosen, and offer every year and tag with its count without fetching the index', async () => {
    const {titles, status} = await search('/en/search/?q=Tashkent&year=2023')
    expect(titles).toEqual(['Cotton harvest ends'])
    expect(status).toBe('1 result')
    expect(asked.filter((path) => path.startsWith('/pagefind/') && !path.startsWith('/pagefind/en/2023/'))).toEqual([])
    expect(await page.getByRole('checkbox', {name: '2023 (3)'}).isChecked()).toBe(true)
    expect(await page.getByRole('checkbox', {name: 'Economy (1)'}).isChecked()).toBe(false)
    asked = []
    await page.goto(`${server.origin}/en/search/`)
    await page.getByRole('checkbox', {name: '2024 (1)'}).waitFor()
    expect(asked.filter((path) => path.startsWith('/pagefind/'))).toEqual([])
  })

  it('should show each result with its date and its lead image as a thumbnail of its narrowest rendition', async () => {
    await search('/en/search/?q=grid')
    const result = page.locator('.search-list > li').first()
    expect(await result.locator('.release-date').textContent()).toBe('10 May 2024')
    const thumbnail = result.locator('img.release-thumbnail')
    expect(await thumbnail.getAttribute('src')).toBe('/media/plant-1.png')
    expect(await thumbnail.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1)
  })

  it('should narrow the results to a tag', async () => {
    const {titles} = await search('/en/search/?q=Tashkent&tag=Economy')
    expect(titles).toEqual(['Solar plant joins the grid'])
    expect(await page.getByRole('checkbox', {name: /Economy/}).isChecked()).toBe(true)
  })

  it('should find nothing of a release under embargo', async () => {
    const {titles, status} = await search('/en/search/?q=quokkanomics')
    expect(titles).toEqual([])
    expect(status).toBe('Nothing found for “quokkanomics”.')
  })

  it('should have no serious or critical accessibility violation on the search page', async () => {
    await search('/ru/search/?q=Ташкент')
    expect(await seriousViolations(page)).toEqual([])
  })

  it('should ask nothing of another site', () => {
    expect(offSite).toEqual([])
  })
})
