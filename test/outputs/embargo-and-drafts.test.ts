import {readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {build} from '../../pipeline/build.ts'
import {runCli} from '../support/run-cli.ts'
import {makeSite, release, tinyPng} from '../support/site-fixture.ts'

const before = new Date('2024-05-20T12:00:00+05:00')
const after = new Date('2024-06-02T12:00:00+05:00')
const embargo = '2024-06-01T09:00:00+05:00'

/** One public release, one whose English version is embargoed (its Russian one is not), one draft. */
async function site(now: Date, drafts = false) {
  const root = await makeSite({
    'content/media/logo.png': tinyPng,
    'content/2024/05/public.en.md': release({title: 'Public news', date: '2024-05-19T10:00:00+05:00', tags: ['economy']}),
    'content/2024/05/secret.en.md': release({title: 'Secret deal', date: '2024-05-19T11:00:00+05:00', embargo, tags: ['economy']}),
    'content/2024/05/secret.ru.md': release({title: 'Сделка', date: '2024-05-19T11:00:00+05:00', tags: ['economy']}),
    'content/2024/05/unfinished.en.md': release({title: 'Unfinished draft', date: '2024-05-18T10:00:00+05:00', draft: true, tags: ['economy']})
  })
  const result = await build({root, now, drafts})
  expect(result.ok).toBe(true)
  const read = (path: string) => readFile(join(root, 'dist', path), 'utf8').catch(() => undefined)
  return {root, result, read}
}

const outputs: [string, string][] = [
  ['article page', 'en/2024/05/secret/index.html'],
  ['AMP page', 'en/2024/05/secret/amp/index.html'],
  ['home page', 'en/index.html'],
  ['tag page', 'en/tags/economy/index.html'],
  ['RSS feed', 'en/rss.xml'],
  ['Atom feed', 'en/atom.xml'],
  ['JSON feed', 'en/feed.json'],
  ['sitemap', 'en/sitemap.xml'],
  ['news sitemap', 'news-sitemap.xml'],
  ['hreflang and switcher of its translation', 'ru/2024/05/secret/index.html'],
  ['sitemap of its translation', 'ru/sitemap.xml']
]

describe('embargo', () => {
  for (const [name, path] of outputs) {
    it(`should keep the embargoed release out of the ${name} until it lifts`, async () => {
      const withheld = await (await site(before)).read(path)
      expect(withheld ?? '').not.toMatch(/Secret deal|\/en\/2024\/05\/secret\//)
      const lifted = await (await site(after)).read(path)
      expect(lifted).toMatch(/Secret deal|\/en\/2024\/05\/secret\//)
    })
  }

  it('should say in the build summary when each embargo lifts', async () => {
    const root = (await site(before)).root
    const {status, stdout} = runCli(['build', '--now', '2024-05-20T12:00:00+05:00'], root)
    expect(status).toBe(0)
    expect(stdout).toContain('embargoed: content/2024/05/secret.en.md until 2024-06-01T09:00:00+05:00 (1 Jun 2024, 09:00, Asia/Tashkent)')
  })
})

describe('drafts', () => {
  it('should be left out of every output unless asked for', async () => {
    const {read, result} = await site(after)
    expect(await read('en/2024/05/unfinished/index.html')).toBeUndefined()
    for (const path of ['en/index.html', 'en/tags/economy/index.html', 'en/rss.xml', 'en/sitemap.xml'])
      expect(await read(path)).not.toContain('unfinished')
    expect(result.summary?.drafts).toEqual([{file: 'content/2024/05/unfinished.en.md', slug: 'unfinished', locale: 'en'}])
  })

  it('should be published with --drafts, marked as a draft', async () => {
    const {read} = await site(after, true)
    expect(await read('en/2024/05/unfinished/index.html')).toContain('<p class="draft-notice">Draft: not published</p>')
  })
})

describe('withheld releases are checked as fully as published ones', () => {
  /** A release under embargo and a draft, each with a broken link and an image without alt text. */
  async function withheldWithProblems(extraBody = '') {
    return makeSite({
      'content/media/logo.png': tinyPng,
      'content/media/photo.png': tinyPng,
      'content/2024/05/public.en.md': release({title: 'Public news', date: '2024-05-19T10:00:00+05:00'}),
      'content/2024/05/secret.en.md': release(
        {title: 'Secret deal', date: '2024-05-19T11:00:00+05:00', embargo},
        `See [the old story](/en/2023/01/nowhere/).\n\n![](/media/photo.png)\n${extraBody}`
      ),
      'content/2024/05/unfinished.en.md': release(
        {title: 'Unfinished draft', date: '2024-05-18T10:00:00+05:00', draft: true},
        'See [this](/en/2022/02/gone/).'
      )
    })
  }

  it('should report the problems of an embargoed release and of a draft before they are published', async () => {
    const result = await build({root: await withheldWithProblems(), now: before})
    expect(result.ok).toBe(true)
    const messages = result.diagnostics.map((d) => `${d.file}:${d.line} ${d.severity} ${d.message}`)
    expect(messages).toContainEqual(
      expect.stringMatching(/^content\/2024\/05\/secret\.en\.md:\d+ warning link to \/en\/2023\/01\/nowhere\/ leads to no published release/)
    )
    expect(messages).toContainEqual(expect.stringMatching(/^content\/2024\/05\/secret\.en\.md:\d+ warning image \/media\/photo\.png has no alt text/))
    expect(messages).toContainEqual(
      expect.stringMatching(/^content\/2024\/05\/unfinished\.en\.md:\d+ warning link to \/en\/2022\/02\/gone\/ leads to no published release/)
    )
  })

  it('should fail the build on an error in an embargoed release, and publish nothing of it', async () => {
    const root = await withheldWithProblems('\nThe tag is unknown.')
    await writeFile(
      join(root, 'content/2024/05/secret.en.md'),
      release({title: 'Secret deal', date: '2024-05-19T11:00:00+05:00', embargo, tags: ['no-such-tag']})
    )
    const result = await build({root, now: before})
    expect(result.ok).toBe(false)
    expect(result.diagnostics).toContainEqual(
      expect.objectContaining({
        file: 'content/2024/05/secret.en.md',
        severity: 'error',
        message: expect.stringContaining('unknown tag "no-such-tag"')
      })
    )
    await expect(readFile(join(root, 'dist/en/2024/05/secret/index.html'))).rejects.toThrow()
  })

  it('should warn when a published page links to a release that is still under embargo', async () => {
    const root = await withheldWithProblems()
    await writeFile(
      join(root, 'content/2024/05/public.en.md'),
      release({title: 'Public news', date: '2024-05-19T10:00:00+05:00'}, 'Soon: [the deal](/en/2024/05/secret/).')
    )
    const result = await build({root, now: before})
    expect(result.diagnostics).toContainEqual(
      expect.objectContaining({
        file: 'content/2024/05/public.en.md',
        message: expect.stringContaining('leads to a release this build does not publish')
      })
    )
    const after_ = await build({root, now: after})
    expect(after_.diagnostics.filter((d) => d.file === 'content/2024/05/public.en.md')).toEqual([])
  })
})
