import {readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {build} from '../../pipeline/build.ts'
import {fixtureConfigWithCyrillic, makeSite, release, tinyPng} from '../support/site-fixture.ts'
import {treeHashes} from '../support/tree-hashes.ts'

/** Enough releases that rendering goes through the worker pool. */
function site() {
  const files: Record<string, string | Uint8Array> = {'content/media/logo.png': tinyPng}
  for (let i = 0; i < 12; i++) {
    const date = `2024-05-${String(i + 1).padStart(2, '0')}T10:00:00+05:00`
    files[`content/2024/05/release-${i}.en.md`] = release(
      {title: `Release ${i}`, date, tags: ['economy']},
      `Text ${i} with [a link](/en/2024/05/release-0/).`
    )
    files[`content/2024/05/release-${i}.uz.md`] = release({title: `Oʻzbekcha ${i}`, date, tags: ['economy']}, `Matn ${i}.`)
  }
  return makeSite(files, {config: fixtureConfigWithCyrillic})
}

describe('the build cache', () => {
  it('should give byte-identical output with and without the cache, across thread counts', async () => {
    const root = await site()
    expect((await build({root, outDir: 'uncached', cache: false, jobs: 1})).ok).toBe(true)
    expect((await build({root, outDir: 'cold', jobs: 2})).ok).toBe(true)
    expect((await build({root, outDir: 'warm', jobs: 2})).ok).toBe(true)
    const uncached = await treeHashes(join(root, 'uncached'))
    expect(Object.keys(uncached).length).toBeGreaterThan(100)
    expect(await treeHashes(join(root, 'cold'))).toEqual(uncached)
    expect(await treeHashes(join(root, 'warm'))).toEqual(uncached)
  })

  it('should render again only the release that changed, and take unchanged files over', async () => {
    const root = await site()
    const first = await build({root, jobs: 2})
    expect(first.summary?.rendered).toBe(24)
    const unchanged = await build({root, jobs: 2})
    expect(unchanged.summary).toMatchObject({rendered: 0, written: expect.any(Number)})

    await writeFile(
      join(root, 'content/2024/05/release-7.uz.md'),
      release({title: 'Yangi sarlavha', date: '2024-05-08T10:00:00+05:00', tags: ['economy']}, 'Yangi matn.')
    )
    const changed = await build({root, jobs: 2})
    expect(changed.summary?.rendered).toBe(1)
    const page = await readFile(join(root, 'dist/uz-cyrl/2024/05/release-7/index.html'), 'utf8')
    expect(page).toContain('<h1>Янги сарлавҳа</h1>')
    // Its own pages, and the lists that show it, are new; other releases' pages were kept.
    expect(changed.summary!.written).toBeLessThan(changed.summary!.reused)
    const fresh = await build({root, outDir: 'fresh', cache: false})
    expect(await treeHashes(join(root, 'dist'))).toEqual(await treeHashes(join(root, 'fresh')))
  })
})
