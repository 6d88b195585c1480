import {existsSync} from 'node:fs'
import {mkdir, readdir, readFile, rename, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {build} from '../../pipeline/build.ts'
import {SiteStore} from '../../pipeline/store/site-store.ts'
import {writeOutput as writeWithStore} from '../../pipeline/write/write-output.ts'
import {makeSite, release, tinyPng} from '../support/site-fixture.ts'

const site = () => makeSite({'content/media/logo.png': tinyPng, 'content/2024/05/budget.en.md': release({title: 'Budget'})})

const page = (path: string, text: string) => ({path, render: () => text})

/** The writer as a build calls it, with a store of its own that lives as long as the test. */
const store = SiteStore.temporary()
const writeOutput = (outDir: string, files: readonly ReturnType<typeof page>[]) => writeWithStore(outDir, files, store)

describe('writeOutput', () => {
  it('should refuse, even when called without the command, a folder holding files it did not write', async () => {
    const root = await site()
    await mkdir(join(root, 'photos'))
    await writeFile(join(root, 'photos/wedding.jpg'), 'not a site')
    await expect(build({root, outDir: join(root, 'photos')})).rejects.toThrow(/photos: holds files Matbuot did not write/)
    expect(await readdir(join(root, 'photos'))).toEqual(['wedding.jpg'])
  })

  it('should mark its output with an empty folder, so the output lists exactly the files written', async () => {
    const root = await site()
    const out = join(root, 'out')
    await writeOutput(out, [page('index.html', 'home'), page('en/index.html', 'en')])
    const entries = await readdir(out, {recursive: true, withFileTypes: true})
    expect(
      entries
        .filter((e) => e.isFile())
        .map((e) => join(e.parentPath, e.name).slice(out.length + 1))
        .sort()
    ).toEqual(['en/index.html', 'index.html'])
    expect(await readdir(join(out, '.matbuot-output'))).toEqual([])
    // Marked, so the next write may replace it.
    await writeOutput(out, [page('index.html', 'home again')])
    expect(await readFile(join(out, 'index.html'), 'utf8')).toBe('home again')
    expect(existsSync(join(out, 'en'))).toBe(false)
  })

  it.skipIf(!existsSync('/proc/self'))('should fail, not hang, where the file system takes no new folder (/proc)', {timeout: 10_000}, async () => {
    await expect(writeOutput('/proc/matbuot-test/site', [page('index.html', 'home')])).rejects.toThrow(/cannot write into \/proc: /)
  })

  it('should put back its interrupted output, and leave a folder that merely looks like its staging folder', async () => {
    const root = await site()
    const out = join(root, 'dist')
    await writeOutput(out, [page('index.html', 'home')])
    // Killed between the two renames of the swap: only dist.previous is left.
    await rename(out, `${out}.previous`)
    await mkdir(`${out}.staging-notes`)
    await writeFile(join(`${out}.staging-notes`, 'keep.txt'), 'mine')
    await writeOutput(out, [page('index.html', 'home, rebuilt')])
    expect(await readFile(join(out, 'index.html'), 'utf8')).toBe('home, rebuilt')
    expect(await readFile(join(`${out}.staging-notes`, 'keep.txt'), 'utf8')).toBe('mine')
    expect((await readdir(root)).filter((name) => name.startsWith('dist.'))).toEqual(['dist.staging-notes'])
  })
})

describe('a build killed as it made its staging folder', () => {
  it('should leave an empty, unmarked staging folder that the next build clears', async () => {
    const root = await site()
    expect((await build({root})).ok).toBe(true)
    await mkdir(join(root, 'dist.staging-matbuot'))
    await writeFile(join(root, 'content/2024/05/budget.en.md'), release({title: 'Budget, corrected'}))
    expect((await build({root})).ok).toBe(true)
    expect(await readFile(join(root, 'dist/en/2024/05/budget/index.html'), 'utf8')).toContain('Budget, corrected')
    expect((await readdir(root)).filter((name) => name.startsWith('dist.'))).toEqual([])
  })
})
