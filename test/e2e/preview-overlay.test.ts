import {readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {beforeAll, describe, expect, it, vi} from 'vitest'
import {seriousViolations} from '../support/browser.ts'
import {previewInBrowser} from '../support/preview.ts'

const seed = '2022/08/sco-information-security-forum'
const preview = previewInBrowser()
let original: string

beforeAll(async () => {
  original = await readFile(releaseFile(), 'utf8')
})

function releaseFile(): string {
  return join(preview.root, `content/${seed}.ru.md`)
}

/** Builds the preview has finished, good or failed, as its terminal reports them. */
function buildsSoFar(): number {
  return preview.dev.output().match(/^(?:Built in|Build failed in) /gm)?.length ?? 0
}

/** Save the Russian release with `text` and wait until the preview has built it. */
async function save(text: string): Promise<void> {
  const before = buildsSoFar()
  await writeFile(releaseFile(), text)
  await vi.waitFor(() => expect(buildsSoFar()).toBeGreaterThan(before), {timeout: 15_000, interval: 50})
}

/** Put the release back and wait for the open page to reload with it, so that no reload lands in the next test. */
async function restore(): Promise<void> {
  await preview.page.evaluate(() => ((window as unknown as {__beforeRestore?: boolean}).__beforeRestore = true))
  await save(original)
  await preview.page.waitForFunction(() => !(window as unknown as {__beforeRestore?: boolean}).__beforeRestore, undefined, {timeout: 15_000})
}

const withLine = (key: string, line: string) => original.replace(new RegExp(`^${key}: .*$`, 'm'), line)
const overlay = () => preview.page.locator('matbuot-error-overlay dialog')
const h1 = () => preview.page.locator('h1').textContent()

/** The alpha of a computed CSS colour: `rgb(...)` is opaque, `rgba(..., a)` is not unless a is 1. */
function alphaOf(color: string): number {
  const parts = /^rgba?\(([^)]*)\)$/
    .exec(color)![1]!
    .split(/[,/\s]+/)
    .filter(Boolean)
  return parts.length === 4 ? Number(parts[3]) : 1
}

describe('the preview’s error overlay', () => {
  it('should show a broken save on an opaque panel with its place, message and code frame, over the last good page', async () => {
    await preview.page.goto(new URL(`ru/${seed}/`, preview.dev.url).href)
    const before = await h1()
    await save(withLine('date', 'date: 31.08.2022'))
    await overlay().waitFor({timeout: 15_000})

    expect(await overlay().locator('.place').textContent()).toBe(`content/${seed}.ru.md:3:7`)
    expect(await overlay().locator('.message').textContent()).toMatch(/^error "date": expected an ISO 8601 date-time/)
    expect(await overlay().locator('pre').textContent()).toBe('    3 | date: 31.08.2022\n      |       ^')
    expect(alphaOf(await overlay().evaluate((panel) => getComputedStyle(panel).backgroundColor))).toBe(1)
    expect(await overlay().getAttribute('lang')).toBe('ru')
    expect(await overlay().getAttribute('dir')).toBe('ltr')
    expect(await overlay().getAttribute('role')).toBe('alertdialog')
    expect(await h1()).toBe(before)
    expect(await seriousViolations(preview.page)).toEqual([])

    // A page opened while the build is broken is the last good one, with the overlay over it.
    await preview.page.reload()
    await overlay().waitFor({timeout: 15_000})
    expect(await h1()).toBe(before)
    await restore()
    expect(await overlay().count()).toBe(0)
  })

  it('should close with its button, from the keyboard, and with Escape, leaving the page usable', async () => {
    await preview.page.goto(new URL(`ru/${seed}/`, preview.dev.url).href)
    await save(withLine('date', 'date: 31.08.2022'))
    await overlay().waitFor({timeout: 15_000})
    await overlay().getByRole('button', {name: 'Close'}).click()
    await overlay().waitFor({state: 'detached'})
    await expect.poll(() => preview.page.locator('h1').isVisible()).toBe(true)

    // The close button has the focus when the panel opens, so Enter closes it.
    await save(withLine('date', 'date: 32.08.2022'))
    await overlay().waitFor({timeout: 15_000})
    expect(await overlay().evaluate((panel) => (panel.getRootNode() as ShadowRoot).activeElement?.textContent)).toBe('Close')
    await preview.page.keyboard.press('Enter')
    await overlay().waitFor({state: 'detached'})

    await save(withLine('date', 'date: 33.08.2022'))
    await overlay().waitFor({timeout: 15_000})
    await preview.page.keyboard.press('Escape')
    await overlay().waitFor({state: 'detached'})
    await restore()
  })

  it('should show a hostile title as text, never as markup', async () => {
    await preview.page.goto(new URL(`ru/${seed}/`, preview.dev.url).href)
    const hostile = '<img src=x onerror=window.__overlayPwned=1>'
    // A title the schema rejects shows in the code frame; a date it rejects, in the message too.
    await save(withLine('title', `title: [${hostile}]`).replace(/^date: .*$/m, `date: ${hostile}`))
    await overlay().waitFor({timeout: 15_000})
    const text = await overlay().textContent()
    expect(text).toContain(`    2 | title: [${hostile}]`)
    expect(text).toContain(`error "date": expected an ISO 8601 date-time with offset, e.g. 2022-08-31T10:00:00+05:00, got "${hostile}"`)
    expect(text).toContain(`    3 | date: ${hostile}`)
    expect(await overlay().locator('img').count()).toBe(0)
    expect(await preview.page.evaluate(() => (window as unknown as {__overlayPwned?: number}).__overlayPwned)).toBeUndefined()
    await restore()
    expect(await overlay().count()).toBe(0)
  })

  it('should take the overlay away and reload the page once the file is fixed', async () => {
    await preview.page.goto(new URL(`ru/${seed}/`, preview.dev.url).href)
    await save(withLine('date', 'date: 31.08.2022'))
    await overlay().waitFor({timeout: 15_000})
    await preview.page.evaluate(() => ((window as unknown as {__beforeFix?: boolean}).__beforeFix = true))

    await save(withLine('title', 'title: "Исправленный заголовок"'))
    await preview.page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Исправленный заголовок', undefined, {timeout: 15_000})
    expect(await overlay().count()).toBe(0)
    expect(await preview.page.evaluate(() => (window as unknown as {__beforeFix?: boolean}).__beforeFix)).toBeUndefined()
    await restore()
  })

  it('should show over an AMP page, whose boilerplate hides the body until the AMP runtime loads', async () => {
    await preview.page.goto(new URL(`ru/${seed}/amp/`, preview.dev.url).href, {waitUntil: 'domcontentloaded'})
    await save(withLine('date', 'date: 31.08.2022'))
    await overlay().waitFor({state: 'visible', timeout: 15_000})
    expect(await overlay().locator('.place').textContent()).toBe(`content/${seed}.ru.md:3:7`)
    await restore()
    expect(await overlay().count()).toBe(0)
  })
})
