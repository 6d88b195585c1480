import {readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {startPreviewServer} from '../../pipeline/dev/preview-server.ts'
import {SiteRenderer} from '../../pipeline/dev/site-renderer.ts'
import {makeSite, release, tinyPng} from '../support/site-fixture.ts'

const before = new Date('2024-05-20T12:00:00+05:00')
const after = new Date('2024-06-02T12:00:00+05:00')
const notice = 'Under embargo until 1 June 2024, 09:00 (Asia/Tashkent): not published yet'

function site() {
  return makeSite({
    'content/media/logo.png': tinyPng,
    'content/2024/05/public.en.md': release({title: 'Public news', date: '2024-05-19T10:00:00+05:00'}),
    'content/2024/05/secret.en.md': release({title: 'Secret deal', date: '2024-05-19T11:00:00+05:00', embargo: '2024-06-01T09:00:00+05:00'}),
    'content/2024/05/secret.ru.md': release({title: 'Сделка', date: '2024-05-19T11:00:00+05:00', embargo: '2024-06-01T09:00:00+05:00'})
  })
}

async function preview(root: string, now: Date) {
  const renderer = new SiteRenderer({root, jobs: 1, now})
  expect((await renderer.rebuild()).ok).toBe(true)
  return renderer
}

describe('matbuot dev and embargoed releases', () => {
  it('should show an embargoed release in its pages, lists and feeds, as it shows drafts', async () => {
    const renderer = await preview(await site(), before)
    const page = await renderer.serve('/en/2024/05/secret/')
    expect(page.status).toBe(200)
    expect(String(page.body)).toContain('<h1>Secret deal</h1>')
    for (const path of ['/en/', '/en/rss.xml']) expect(String((await renderer.serve(path)).body), path).toContain('Secret deal')
  })

  it('should mark each of its pages with when the embargo lifts, in the page’s language, outside the file itself', async () => {
    const renderer = await preview(await site(), before)
    expect((await renderer.serve('/en/2024/05/secret/')).notice).toContain(notice)
    expect((await renderer.serve('/ru/2024/05/secret/')).notice).toContain('Под эмбарго до 1 июня 2024 г., 09:00 (Asia/Tashkent)')
    expect((await renderer.serve('/en/2024/05/public/')).notice).toBeUndefined()
    const server = await startPreviewServer((path) => renderer.serve(path), 0)
    try {
      const html = await (await fetch(new URL('en/2024/05/secret/', server.url))).text()
      expect(html).toContain(`<body><aside class="embargo-notice"><p><strong>${notice}</strong></p></aside>`)
    } finally {
      await server.close()
    }
  })

  it('should keep the mark after a save of the release, and drop it once the embargo lifts', async () => {
    const root = await site()
    const renderer = await preview(root, before)
    const file = join(root, 'content/2024/05/secret.en.md')
    await writeFile(file, (await readFile(file, 'utf8')).replace('Body text.', 'Edited body.'))
    expect((await renderer.rebuild([file])).ok).toBe(true)
    const saved = await renderer.serve('/en/2024/05/secret/')
    expect(String(saved.body)).toContain('Edited body.')
    expect(saved.notice).toContain(notice)
    expect((await (await preview(root, after)).serve('/en/2024/05/secret/')).notice).toBeUndefined()
  })
})
