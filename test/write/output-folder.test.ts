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

  it('should write a site of more folders than it keeps in mind, and update it in place', async () => {
    const out = join(await site(), 'dist')
    // More folders than the writer remembers as made (4,096), each release's files in folders of their own.
    const pages = (text: string) =>
      Array.from({length: 2200}, (_, n) => [page(`en/${n}/index.html`, text), page(`en/${n}/amp/index.html`, text)]).flat()
    await writeOutput(out, pages('first'))
    expect(await readFile(join(out, 'en/0/amp/index.html'), 'utf8')).toBe('first')
    const second = await writeWithStore(out, pages('second'), store)
    expect(second).toEqual({written: 4400, reused: 0, removed: 0})
    expect(await readFile(join(out, 'en/2199/index.html'), 'utf8')).toBe('second')
  })

  it('should refuse two outputs of the same path, and leave the previous output as it was', async () => {
    const root = await site()
    const out = join(root, 'dist')
    await writeOutput(out, [page('index.html', 'home')])
    await expect(writeOutput(out, [page('index.html', 'one'), page('en/index.html', 'en'), page('index.html', 'two')])).rejects.toThrow(
      'two outputs were written to index.html'
    )
    expect(await readFile(join(out, 'index.html'), 'utf8')).toBe('home')
    expect(await readdir(root)).not.toContain('dist.staging-matbuot')
    // What the failed write staged is forgotten: the next one is compared with the last committed output.
    expect(await writeWithStore(out, [page('index.html', 'home')], store)).toEqual({written: 0, reused: 1, removed: 0})
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
