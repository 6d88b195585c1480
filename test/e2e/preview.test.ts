import {readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {seriousViolations} from '../support/browser.ts'
import {previewInBrowser} from '../support/preview.ts'

const seed = '2022/08/sco-information-security-forum'
const preview = previewInBrowser()

describe('matbuot dev in a real browser', () => {
  it('should follow the language switcher from English to Russian to Uzbek', async () => {
    await preview.page.goto(new URL(`en/${seed}/`, preview.dev.url).href)
    expect(await preview.page.getAttribute('html', 'lang')).toBe('en')

    await preview.page.locator('.language-switcher a', {hasText: 'Русский'}).click()
    await preview.page.waitForURL(`**/ru/${seed}/`)
    expect(await preview.page.getAttribute('html', 'lang')).toBe('ru')
    expect(await preview.page.locator('.release-meta time').first().textContent()).toBe('31 августа 2022 г., 10:00 по ташкентскому времени')

    await preview.page.locator('.language-switcher a', {hasText: 'Oʻzbekcha'}).click()
    await preview.page.waitForURL(`**/uz/${seed}/`)
    expect(await preview.page.getAttribute('html', 'lang')).toBe('uz-Latn')
    expect(await preview.page.locator('.release-meta time').first().textContent()).toBe('31-avgust, 2022, 10:00, Toshkent vaqti')
  })

  it('should show an edit to the Russian file without a manual reload', async () => {
    await preview.page.goto(new URL(`ru/${seed}/`, preview.dev.url).href)
    const file = join(preview.root, `content/${seed}.ru.md`)
    const original = await readFile(file, 'utf8')
    await writeFile(file, original.replace(/^title: .*$/m, 'title: "Новый заголовок из редактора"'))
    await preview.page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Новый заголовок из редактора', undefined, {
      timeout: 15_000
    })
    await writeFile(file, original)
    await preview.page.waitForFunction((title) => document.querySelector('h1')?.textContent === title, /^title: "?(.*?)"?$/m.exec(original)![1], {
      timeout: 15_000
    })
  })

  it('should serve the language chooser at the URL it prints', async () => {
    const response = await preview.page.request.get(preview.dev.url)
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toBe('text/html; charset=utf-8')
    expect(await response.text()).toContain('class="language-chooser"')
  })

  it('should serve feeds with their own content types', async () => {
    for (const [path, type] of [
      ['en/rss.xml', 'application/rss+xml'],
      ['ru/atom.xml', 'application/atom+xml'],
      ['uz/feed.json', 'application/feed+json']
    ]) {
      const response = await preview.page.request.get(new URL(path!, preview.dev.url).href)
      expect(response.status()).toBe(200)
      expect(response.headers()['content-type']).toBe(`${type}; charset=utf-8`)
    }
  })

  it('should have no serious or critical accessibility violations on articles, homes and tag pages', async () => {
    const found: string[] = []
    for (const locale of ['en', 'ru', 'uz']) {
      for (const path of [`${locale}/${seed}/`, `${locale}/`, `${locale}/tags/sco/`]) {
        await preview.page.goto(new URL(path, preview.dev.url).href)
        found.push(...(await seriousViolations(preview.page)).map((v) => `${path}: ${v}`))
      }
    }
    expect(found).toEqual([])
  })

  it('should stop when its process is told to', async () => {
    const exited = new Promise<number | null>((resolve) => preview.dev.process.once('exit', resolve))
    process.kill(preview.dev.process.pid!, 'SIGTERM')
    expect(await exited).toBe(0)
  })
})
