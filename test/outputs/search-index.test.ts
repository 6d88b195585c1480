import {existsSync} from 'node:fs'
import {appendFile, readdir, readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {build, prepareSite} from '../../pipeline/build.ts'
import {searchRecords} from '../../pipeline/outputs/search/search-records.ts'
import {fixtureConfigWithCyrillic, makeSite, release, tinyPng} from '../support/site-fixture.ts'
import {treeHashes} from '../support/tree-hashes.ts'
import {childProcesses} from '../support/child-processes.ts'

const now = new Date('2024-07-01T00:00:00Z')

function site(config = `${fixtureConfigWithCyrillic}search: true\n`) {
  return makeSite(
    {
      'content/media/logo.png': tinyPng,
      'content/2023/03/older.en.md': release({title: 'Older', date: '2023-03-01T10:00:00+05:00', tags: ['economy']}, 'Cotton harvest.'),
      'content/2023/10/autumn.en.md': release({title: 'Autumn', date: '2023-10-01T10:00:00+05:00'}, 'Fairs.'),
      'content/2024/05/newer.en.md': release({title: 'Newer', date: '2024-05-01T10:00:00+05:00', tags: ['energy', 'economy']}, 'Solar plant.'),
      'content/2024/05/newer.uz.md': release({title: 'Yangi', date: '2024-05-01T10:00:00+05:00', tags: ['energy']}, 'Quyosh stansiyasi.'),
      'content/2024/06/embargoed.en.md': release({title: 'Embargoed', date: '2024-06-01T10:00:00+05:00', embargo: '2099-01-01T00:00:00+05:00'}),
      'content/2024/06/draft.en.md': release({title: 'Draft', date: '2024-06-02T10:00:00+05:00', draft: true})
    },
    {config}
  )
}

describe('the search index', () => {
  it('should hold only the published articles, newest first, with their tags and date to sort by', async () => {
    const prepared = await prepareSite({root: await site(), jobs: 1, now})
    if (!prepared.ok) throw new Error(JSON.stringify(prepared.diagnostics))
    const records = searchRecords(prepared.model)
    expect(records.map((r) => [r.language, r.url])).toEqual([
      ['en', '/en/2024/05/newer/'],
      ['en', '/en/2023/10/autumn/'],
      ['en', '/en/2023/03/older/'],
      ['uz-latn', '/uz/2024/05/newer/'],
      ['uz-cyrl', '/uz-cyrl/2024/05/newer/']
    ])
    expect(records[0]).toMatchObject({filters: {tag: ['Energy', 'Economy']}, sort: {date: '2024-05-01T05:00:00.000Z'}})
    expect(records[0]!.content).toContain('Solar plant.')
    expect(records[4]!.meta.title).toBe('Янги')
  })

  it('should be written with a search page per locale, and rewrite nothing when nothing changed', async () => {
    const root = await site()
    const first = await build({root, now})
    if (!first.ok) throw new Error(JSON.stringify(first.diagnostics))
    expect(await readdir(join(root, 'dist/pagefind'))).toEqual(['en', 'uz', 'uz-cyrl'])
    expect(await readdir(join(root, 'dist/pagefind/en'))).toEqual(['2023', '2024'])
    expect(await readdir(join(root, 'dist/pagefind/en/2023'))).toEqual(['1', '2'])
    const bundle = await readdir(join(root, 'dist/pagefind/en/2024/1'))
    expect(bundle).toContain('pagefind.js')
    expect(bundle).toContain('pagefind-entry.json')
    expect(bundle.some((name) => name.startsWith('pagefind-ui'))).toBe(false)
    const page = await readFile(join(root, 'dist/en/search/index.html'), 'utf8')
    const shards = JSON.parse(/data-shards="([^"]*)"/.exec(page)![1]!.replaceAll('&#x22;', '"'))
    expect(shards).toEqual([
      {year: '2024', since: '1 January 2024', folder: '/pagefind/en/2024/1/'},
      {year: '2023', since: '1 July 2023', folder: '/pagefind/en/2023/2/'},
      {year: '2023', since: '1 January 2023', folder: '/pagefind/en/2023/1/'}
    ])
    expect(await readFile(join(root, 'dist/uz-cyrl/search/index.html'), 'utf8')).toContain('<h1>Қидирув</h1>')
    const again = await build({root, now})
    expect(again.ok && again.summary.written).toBe(0)
  })

  it('should index again only the half-year of a corrected release, and write what a clean build writes', async () => {
    const root = await site()
    await build({root, now})
    const before = await treeHashes(join(root, 'dist'))
    await appendFile(join(root, 'content/2023/03/older.en.md'), '\nA correction: the harvest is larger.\n')
    const corrected = await build({root, now})
    if (!corrected.ok) throw new Error(JSON.stringify(corrected.diagnostics))
    const after = await treeHashes(join(root, 'dist'))
    const changed = (prefix: string) => Object.keys(after).filter((path) => path.startsWith(prefix) && after[path] !== before[path])
    expect(changed('/pagefind/en/2023/1/').length).toBeGreaterThan(0)
    expect(changed('/pagefind/en/2023/2/')).toEqual([])
    expect(changed('/pagefind/en/2024/')).toEqual([])
    expect(changed('/pagefind/uz/')).toEqual([])
    // The year's files under their old names are gone, as a clean build never had them.
    const clean = await build({root, now, outDir: 'clean', cache: false})
    if (!clean.ok) throw new Error(JSON.stringify(clean.diagnostics))
    expect(after).toEqual(await treeHashes(join(root, 'clean')))
  })

  it("should delete a whole year's kept bundle, from before bundles were half-years, once the year is indexed again", async () => {
    const root = await site()
    await build({root, now})
    const kept = join(root, '.cache/matbuot/search/en/2023')
    await writeFile(join(kept, `${'0'.repeat(64)}.pack`), 'a year bundle')
    await appendFile(join(root, 'content/2023/03/older.en.md'), '\nA correction: the harvest is larger.\n')
    const corrected = await build({root, now})
    if (!corrected.ok) throw new Error(JSON.stringify(corrected.diagnostics))
    expect((await readdir(kept)).sort()).toEqual(['1', '2'])
    expect(await readdir(join(kept, '1'))).toHaveLength(1)
    expect(await readdir(join(kept, '2'))).toHaveLength(1)
  })

  it.skipIf(!existsSync('/proc/self/stat'))(
    'should index as many half-years at once as the build has threads, to the same files as one thread, and leave no Pagefind running',
    async () => {
      const root = await site()
      const one = await build({root, now, jobs: 1, outDir: 'one', cache: false})
      const three = await build({root, now, jobs: 3, outDir: 'three', cache: false})
      if (!one.ok || !three.ok) throw new Error('the builds failed')
      expect(await treeHashes(join(root, 'three'))).toEqual(await treeHashes(join(root, 'one')))
      // This thread's Pagefind and the search processes, each with its own: all stopped once the build is done.
      await expect.poll(async () => (await childProcesses()).filter(({command}) => /^(pagefind|node)/.test(command)), {timeout: 2_000}).toEqual([])
    }
  )

  it('should publish no index, search page or search box unless the site turns search on', async () => {
    const root = await site(fixtureConfigWithCyrillic)
    const result = await build({root, now})
    if (!result.ok) throw new Error(JSON.stringify(result.diagnostics))
    const top = await readdir(join(root, 'dist'))
    expect(top).not.toContain('pagefind')
    expect(await readdir(join(root, 'dist/en'))).not.toContain('search')
    expect(await readFile(join(root, 'dist/en/index.html'), 'utf8')).not.toContain('role="search"')
  })
})
