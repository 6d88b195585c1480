import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import type {BrowserContext} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {build} from '../../pipeline/build.ts'
import {formatDiagnostic} from '../../pipeline/diagnostics/diagnostic.ts'
import {launchBrowser} from '../support/browser.ts'
import {fixtureConfig, makeSite, repoRoot} from '../support/site-fixture.ts'
import {startStaticServer, type StaticServer} from '../support/static-server.ts'

// A release of the project's own content that has a lead image, with the photo it shows.
const article = '2023/04/tashkent-international-investment-forum-2023'
const photo = 'investment-forum-2023.jpg'

let root: string
let server: StaticServer
let browser: BrowserContext
let buildErrors: string[] = []

beforeAll(async () => {
  const own = (path: string) => readFile(join(repoRoot, 'content', path))
  root = await makeSite(
    {
      'content/media/dunyo-logo.png': await own('media/dunyo-logo.png'),
      [`content/media/${photo}`]: await own(`media/${photo}`),
      // Its body shows a second photo.
      'content/media/investment-forum-b2b.jpg': await own('media/investment-forum-b2b.jpg'),
      [`content/${article}.en.md`]: await own(`${article}.en.md`)
    },
    {config: fixtureConfig.replace('logo: /media/logo.png', 'logo: /media/dunyo-logo.png')}
  )
  server = await startStaticServer()
  const result = await build({root, baseUrl: server.origin})
  buildErrors = result.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic)
  server.serve(join(root, 'dist'))
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('the lead image in headless Chromium (issue 16)', () => {
  it('should build', () => {
    expect(buildErrors).toEqual([])
  })

  it('should load a small AVIF or WebP at 390 px, at most a fifth of the original JPEG', async () => {
    const page = await browser.newPage()
    await page.setViewportSize({width: 390, height: 900})
    const bytes = new Map<string, number>()
    page.on('response', (response) => {
      if (new URL(response.url()).pathname.startsWith('/media/'))
        void response.body().then((body) => bytes.set(new URL(response.url()).pathname, body.length))
    })
    await page.goto(new URL(`/en/${article}/`, `${server.origin}/`).href, {waitUntil: 'networkidle'})
    const current = await page.locator('.release-image img').evaluate((img: HTMLImageElement) => img.currentSrc)
    const path = new URL(current).pathname
    expect(path).toMatch(/^\/media\/investment-forum-2023-\d+\.(?:avif|webp)$/)
    expect(Number(/-(\d+)\./.exec(path)![1])).toBeLessThanOrEqual(800)
    const original = (await readFile(join(root, 'content/media', photo))).length
    expect(bytes.get(path)).toBeGreaterThan(0)
    expect(bytes.get(path)!).toBeLessThanOrEqual(original * 0.2)
    expect([...bytes.keys()].filter((key) => key.startsWith('/media/investment-forum-2023'))).toEqual([path])
    await page.close()
  })
})
