import {mkdir, readFile} from 'node:fs/promises'
import {join} from 'node:path'
import type {BrowserContext, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {build} from '../../pipeline/build.ts'
import {formatDiagnostic} from '../../pipeline/diagnostics/diagnostic.ts'
import {launchBrowser, seriousViolations} from '../support/browser.ts'
import {fixtureConfig, makeSite, release, repoRoot} from '../support/site-fixture.ts'
import {startStaticServer, type StaticServer} from '../support/static-server.ts'

// The pages readers land on most, each at a phone's and a desktop's width.
const pages = {
  article: '/en/2024/05/news-5/',
  'home page 2': '/en/page/2/',
  tag: '/en/tags/economy/',
  'not found': '/404.html'
} as const
const widths = [390, 1280] as const

const body = [
  'The ministry said the plant will supply **120 MW** from 2026, enough for about [60,000 homes](/en/).',
  '',
  '![Solar panels in a row](/media/solar-plant-2025.jpg "The plant near Navoi, April 2025")',
  '',
  '| Year | Capacity |',
  '| ---: | ---: |',
  '| 2025 | 40 MW |',
  '| 2026 | 120 MW |'
].join('\n')

let root: string
let server: StaticServer
let browser: BrowserContext
let page: Page
let buildErrors: string[] = []

beforeAll(async () => {
  const media = async (name: string) => readFile(join(repoRoot, 'content/media', name))
  const files: Record<string, string | Uint8Array> = {
    'content/media/dunyo-logo.png': await media('dunyo-logo.png'),
    'content/media/solar-plant-2025.jpg': await media('solar-plant-2025.jpg')
  }
  for (let i = 1; i <= 5; i++) {
    files[`content/2024/05/news-${i}.en.md`] = release(
      {
        title: `Solar plant number ${i} connected to the national grid ahead of schedule`,
        date: `2024-05-1${i}T18:00:00+05:00`,
        summary: 'The plant adds renewable capacity to the grid and cuts gas use in the region’s power stations.',
        dateline: 'Tashkent',
        tags: ['economy', 'energy'],
        ...(i % 2 === 1 ? {image: {src: '/media/solar-plant-2025.jpg', alt: 'Rows of solar panels', caption: 'The plant in April'}} : {})
      },
      body
    )
    files[`content/2024/05/news-${i}.ru.md`] = release(
      {
        title: `Солнечная электростанция № ${i} подключена к единой энергосистеме досрочно`,
        date: `2024-05-1${i}T18:00:00+05:00`,
        summary: 'Станция добавляет в сеть возобновляемые мощности и сокращает расход газа на электростанциях региона.',
        dateline: 'Ташкент',
        tags: ['economy', 'energy']
      },
      'По словам министерства, станция будет давать **120 МВт** с 2026 года.'
    )
  }
  root = await makeSite(files, {config: fixtureConfig.replace('logo: /media/logo.png', 'logo: /media/dunyo-logo.png')})
  server = await startStaticServer()
  const result = await build({root, baseUrl: server.origin, cache: false})
  buildErrors = result.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic)
  server.serve(join(root, 'dist'))
  browser = await launchBrowser()
  page = await browser.newPage()
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('pages a reader expects, in headless Chromium', () => {
  it('should build', () => {
    expect(buildErrors).toEqual([])
  })

  for (const [name, path] of Object.entries(pages)) {
    for (const width of widths) {
      it(`should show the ${name} at ${width} px without serious accessibility problems${width === 390 ? ' or sideways scrolling' : ''}`, async () => {
        await page.setViewportSize({width, height: 900})
        const response = await page.goto(new URL(path, `${server.origin}/`).href, {waitUntil: 'load'})
        expect(response?.status()).toBe(200)
        const shots = join(root, 'screenshots')
        await mkdir(shots, {recursive: true})
        await page.screenshot({path: join(shots, `${name.replace(/ /g, '-')}-${width}.png`), fullPage: true})
        expect(await page.locator('.site-header .site-logo').isVisible()).toBe(true)
        expect(await seriousViolations(page)).toEqual([])
        if (width === 390) {
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
          expect(overflow).toBeLessThanOrEqual(0)
        }
      })
    }
  }

  it('should show the standfirst, the zoned time and the caption on the article', async () => {
    await page.goto(new URL(pages.article, `${server.origin}/`).href)
    expect(await page.locator('.standfirst').textContent()).toMatch(/^The plant adds renewable capacity/)
    expect(await page.locator('.release-meta time').first().textContent()).toBe('15 May 2024, 18:00, Tashkent time')
    expect(await page.locator('.captioned-image figcaption').textContent()).toBe('The plant near Navoi, April 2025')
  })

  it('should hide the navigation and print link addresses on paper', async () => {
    await page.goto(new URL(pages['home page 2'], `${server.origin}/`).href)
    await page.emulateMedia({media: 'print'})
    expect(await page.locator('.language-switcher').isVisible()).toBe(false)
    expect(await page.locator('.pagination').isVisible()).toBe(false)
    const after = await page.evaluate(() => getComputedStyle(document.querySelector('main h2 a')!, '::after').content)
    expect(after).toContain('/en/2024/05/')
    await page.emulateMedia({media: 'screen'})
  })

  it('should turn dark when the reader’s system asks for it, still without serious accessibility problems', async () => {
    await page.emulateMedia({colorScheme: 'dark'})
    await page.goto(new URL(pages.article, `${server.origin}/`).href)
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    expect(background).toBe('rgb(13, 17, 23)')
    expect(await seriousViolations(page)).toEqual([])
    await page.emulateMedia({colorScheme: 'light'})
  })
})
