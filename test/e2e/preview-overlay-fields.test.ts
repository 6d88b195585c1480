import type {BrowserContext, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {startPreviewServer, type PreviewServer} from '../../pipeline/dev/preview-server.ts'
import {launchBrowser, seriousViolations} from '../support/browser.ts'

// A right-to-left page of its own, served by the preview server alone: no site, no build.
const rtlPage =
  '<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>بيان</title></head><body><main><h1>بيان صحفي</h1></main></body></html>'

let preview: PreviewServer
let browser: BrowserContext
let page: Page

beforeAll(async () => {
  preview = await startPreviewServer(async () => ({status: 200, mediaType: 'text/html; charset=utf-8', body: rtlPage}), 0)
  browser = await launchBrowser()
  page = await browser.newPage()
})

afterAll(async () => {
  await browser?.close()
  await preview?.close()
})

const overlay = () => page.locator('matbuot-error-overlay dialog')
const hostile = '<img src=x onerror="window.__overlayPwned=1">'

describe('the error overlay’s fields', () => {
  it('should set place, message, frame and hint as text, in the page’s direction', async () => {
    preview.announce({ok: true, id: 1})
    await page.goto(preview.url)
    preview.announce({
      ok: false,
      id: 1,
      problems: [
        {
          place: `content/${hostile}.md:2:8`,
          message: `error "title": ${hostile}`,
          frame: `    2 | title: ${hostile}\n      |        ^`,
          hint: hostile
        }
      ]
    })
    await overlay().waitFor({timeout: 10_000})

    expect(await overlay().locator('.place').textContent()).toBe(`content/${hostile}.md:2:8`)
    expect(await overlay().locator('.message').textContent()).toBe(`error "title": ${hostile}`)
    expect(await overlay().locator('pre').textContent()).toBe(`    2 | title: ${hostile}\n      |        ^`)
    expect(await overlay().locator('.hint').textContent()).toBe(`Hint: ${hostile}`)
    expect(await page.locator('img').count()).toBe(0)
    expect(await overlay().locator('img').count()).toBe(0)
    expect(await page.evaluate(() => (window as unknown as {__overlayPwned?: number}).__overlayPwned)).toBeUndefined()

    expect(await overlay().getAttribute('lang')).toBe('ar')
    expect(await overlay().evaluate((panel) => getComputedStyle(panel).direction)).toBe('rtl')
    // Code frames keep their columns from the left, as in the terminal.
    expect(
      await overlay()
        .locator('pre')
        .evaluate((frame) => getComputedStyle(frame).direction)
    ).toBe('ltr')
    expect(await seriousViolations(page)).toEqual([])
  })

  it('should show a failure no file is to blame for, and go when a build succeeds', async () => {
    preview.announce({ok: false, id: 1, problems: [{message: 'content/: not found'}]})
    await expect.poll(() => overlay().locator('.message').textContent()).toBe('content/: not found')
    expect(await overlay().locator('.place').count()).toBe(0)
    expect(await overlay().locator('.summary').textContent()).toBe('1 problem. This page is the last good build; it reloads once a save builds.')

    // A build that changed other pages only takes the overlay away, without reloading this one.
    await page.evaluate(() => ((window as unknown as {__stayed?: boolean}).__stayed = true))
    preview.announce({ok: true, id: 2, changed: ['/elsewhere/']})
    await overlay().waitFor({state: 'detached', timeout: 10_000})
    expect(await page.evaluate(() => (window as unknown as {__stayed?: boolean}).__stayed)).toBe(true)
  })
})
