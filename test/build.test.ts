import {readFile, readdir} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {build} from '../pipeline/build.ts'
import {formatDiagnostic} from '../pipeline/diagnostics/diagnostic.ts'
import {runCli} from './support/run-cli.ts'
import {makeSite, release, tinyPng} from './support/site-fixture.ts'

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, {recursive: true, withFileTypes: true})
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort()
}

function smallSite() {
  return makeSite({
    'content/media/logo.png': tinyPng,
    'content/2024/05/budget.en.md': release({title: 'Budget <approved> & signed', tags: ['economy']}, 'See [the forum](/en/2024/04/forum/).'),
    'content/2024/05/budget.ru.md': release({title: 'Бюджет утверждён', tags: ['economy']}),
    'content/2024/04/forum.en.md': release({title: 'Forum opens', date: '2024-04-02T10:00:00+05:00', tags: ['forums', 'economy']}),
    'content/2024/03/draft.en.md': release({title: 'Older one', date: '2024-03-02T10:00:00+05:00'})
  })
}

describe('build', () => {
  it('should write every page of a small site', async () => {
    const root = await smallSite()
    const result = await build({root})
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([])
    expect(result.ok).toBe(true)
    expect(await listFiles(join(root, 'dist'))).toEqual([
      '404.html',
      'assets/site.css',
      'en/2024/03/draft/amp/index.html',
      'en/2024/03/draft/index.html',
      'en/2024/04/forum/amp/index.html',
      'en/2024/04/forum/index.html',
      'en/2024/05/budget/amp/index.html',
      'en/2024/05/budget/index.html',
      'en/404.html',
      'en/atom.xml',
      'en/feed.json',
      'en/index.html',
      'en/page/2/index.html',
      'en/rss.xml',
      'en/sitemap.xml',
      'en/tags/economy/index.html',
      'en/tags/forums/index.html',
      'index.html',
      'media/logo.png',
      'news-sitemap.xml',
      'robots.txt',
      'ru/2024/05/budget/amp/index.html',
      'ru/2024/05/budget/index.html',
      'ru/404.html',
      'ru/atom.xml',
      'ru/feed.json',
      'ru/index.html',
      'ru/rss.xml',
      'ru/sitemap.xml',
      'ru/tags/economy/index.html',
      'sitemap.xml',
      'syndication/2024/03/draft.xml',
      'syndication/2024/04/forum.xml',
      'syndication/2024/05/budget.xml',
      'syndication/en/2024/03/draft.html',
      'syndication/en/2024/03/draft.json',
      'syndication/en/2024/03/draft.xml',
      'syndication/en/2024/04/forum.html',
      'syndication/en/2024/04/forum.json',
      'syndication/en/2024/04/forum.xml',
      'syndication/en/2024/05/budget.html',
      'syndication/en/2024/05/budget.json',
      'syndication/en/2024/05/budget.xml',
      'syndication/en/index.json',
      'syndication/ru/2024/05/budget.html',
      'syndication/ru/2024/05/budget.json',
      'syndication/ru/2024/05/budget.xml',
      'syndication/ru/index.json',
      'syndication/uz/index.json',
      'uz/404.html',
      'uz/atom.xml',
      'uz/feed.json',
      'uz/index.html',
      'uz/rss.xml',
      'uz/sitemap.xml'
    ])
  })

  it('should escape titles, list newest first and paginate the home page', async () => {
    const root = await smallSite()
    await build({root})
    const home = await readFile(join(root, 'dist/en/index.html'), 'utf8')
    expect(home).toContain('Budget &#x3C;approved> &#x26; signed')
    expect(home.indexOf('/en/2024/05/budget/')).toBeLessThan(home.indexOf('/en/2024/04/forum/'))
    expect(home).not.toContain('/en/2024/03/draft/')
    expect(home).toContain('href="/en/page/2/" rel="next"')
    const page2 = await readFile(join(root, 'dist/en/page/2/index.html'), 'utf8')
    expect(page2).toContain('/en/2024/03/draft/')
  })

  it('should link only the translations that exist, with hreflang and x-default', async () => {
    const root = await smallSite()
    await build({root})
    const ru = await readFile(join(root, 'dist/ru/2024/05/budget/index.html'), 'utf8')
    expect([...ru.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], m[2]])).toEqual([
      ['en', 'https://news.test/en/2024/05/budget/'],
      ['ru', 'https://news.test/ru/2024/05/budget/'],
      ['x-default', 'https://news.test/en/2024/05/budget/']
    ])
    expect(ru).not.toContain('/uz/2024/05/budget/')
    const forum = await readFile(join(root, 'dist/en/2024/04/forum/index.html'), 'utf8')
    expect(forum).not.toContain('class="also-in"')
  })

  it('should give the same bytes for the same input', async () => {
    const first = await smallSite()
    const second = await smallSite()
    await build({root: first})
    await build({root: second})
    for (const file of await listFiles(join(first, 'dist'))) {
      expect(await readFile(join(second, 'dist', file)), file).toEqual(await readFile(join(first, 'dist', file)))
    }
  })
})

describe('matbuot build with broken releases', () => {
  it('should exit 1 and print every problem of every file with its position', async () => {
    const root = await makeSite({
      'content/media/logo.png': tinyPng,
      'content/2024/05/bad-yaml.en.md': '---\ntitle: [unclosed\ndate: 2024-05-10T09:30:00+05:00\n---\n',
      'content/2024/05/no-title.en.md': '---\ndate: 2024-05-10T09:30:00+05:00\nsummary: S\n---\n',
      'content/2024/05/bad-date.ru.md': '---\ntitle: T\ndate: 10.05.2024\nsummary: S\n---\n',
      'content/2024/05/typo.uz.md': '---\ntitle: T\ndate: 2024-05-10T09:30:00+05:00\nsummary: S\ntagz: [economy]\n---\n',
      'content/2024/05/other.de.md': release(),
      'content/2024/05/twin.en.md': release(),
      'content/2024/06/twin.en.md': release({date: '2024-05-10T09:30:00+05:00'})
    })
    const {status, stderr} = runCli(['build'], root)
    expect(status).toBe(1)
    expect(stderr).toMatch(/^content\/2024\/05\/bad-yaml\.en\.md:\d+:\d+ error invalid YAML: /m)
    expect(stderr).toContain('content/2024/05/no-title.en.md:2:1 error "title": expected a title, but it is missing')
    expect(stderr).toContain(
      'content/2024/05/bad-date.ru.md:3:7 error "date": expected an ISO 8601 date-time with offset, e.g. 2022-08-31T10:00:00+05:00, got "10.05.2024"'
    )
    expect(stderr).toContain('content/2024/05/typo.uz.md:5:1 error "tagz": unknown key `tagz` — did you mean `tags`?')
    expect(stderr).toContain('content/2024/05/other.de.md error unknown locale suffix ".de", expected one of .en, .ru, .uz, .uz-Cyrl')
    expect(stderr).toMatch(/content\/2024\/05\/twin\.en\.md error slug "twin" is used by 2 releases, .*content\/2024\/06\/twin\.en\.md/)
    expect(stderr).not.toMatch(/\n\s+at /)
  })
})
