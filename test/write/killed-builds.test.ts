import {spawn} from 'node:child_process'
import {createHash} from 'node:crypto'
import {cp, readdir, readFile, rm, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {build} from '../../pipeline/build.ts'
import {SiteStore} from '../../pipeline/store/site-store.ts'
import {makeSite, release, repoRoot, tinyPng} from '../support/site-fixture.ts'

/** Every file of a folder with a digest of its bytes, and every folder, empty ones included. */
async function tree(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, {recursive: true, withFileTypes: true}).catch(() => [])
  const listed = await Promise.all(
    entries.map(async (e) => {
      const path = join(e.parentPath, e.name)
      return [
        path.slice(dir.length),
        e.isFile()
          ? createHash('sha256')
              .update(await readFile(path))
              .digest('hex')
          : 'folder'
      ] as const
    })
  )
  return Object.fromEntries(listed.sort(([a], [b]) => (a < b ? -1 : 1)))
}

/** A tiny seeded generator, so a failing instant can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const count = 60

/** The site before: `count` releases. The site after: one changed, one deleted, one added. */
async function sites() {
  const files: Record<string, string | Uint8Array> = {'content/media/logo.png': tinyPng}
  for (let i = 0; i < count; i++) {
    const date = `2024-05-${String((i % 28) + 1).padStart(2, '0')}T10:00:00+05:00`
    files[`content/2024/05/release-${i}.en.md`] = release({title: `Release ${i}`, date, tags: ['economy']}, `Paragraph ${i}. `.repeat(80))
    files[`content/2024/05/release-${i}.ru.md`] = release({title: `Релиз ${i}`, date, tags: ['economy']}, `Абзац ${i}. `.repeat(80))
  }
  const before = await makeSite(files)
  const change = async (root: string) => {
    await writeFile(
      join(root, 'content/2024/05/release-3.en.md'),
      release({title: 'Changed title', date: '2024-05-04T10:00:00+05:00', tags: ['economy']}, 'New text.')
    )
    await rm(join(root, 'content/2024/05/release-5.en.md'))
    await rm(join(root, 'content/2024/05/release-5.ru.md'))
    await writeFile(
      join(root, 'content/2024/05/brand-new.en.md'),
      release({title: 'Brand new', date: '2024-05-30T10:00:00+05:00', tags: ['economy']}, 'Fresh.')
    )
  }
  // The expected trees: a clean build of each state.
  const expectedOld = await tree(await cleanBuild(before))
  const after = await makeSite({})
  await rm(after, {recursive: true, force: true})
  await cp(before, after, {recursive: true})
  await change(after)
  const expectedNew = await tree(await cleanBuild(after))
  return {before, change, expectedOld, expectedNew}
}

async function cleanBuild(root: string): Promise<string> {
  const result = await build({root, outDir: 'clean', cache: false, jobs: 1})
  expect(result.ok).toBe(true)
  return join(root, 'clean')
}

/** Run `matbuot build` and kill it after `delayMs`; true when it finished first. */
async function buildKilledAfter(root: string, delayMs: number): Promise<boolean> {
  const child = spawn(process.execPath, [join(repoRoot, 'pipeline/matbuot.js'), 'build', '--jobs', '1'], {cwd: root, stdio: 'ignore'})
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  const timer = setTimeout(() => child.kill('SIGKILL'), delayMs)
  const code = await exited
  clearTimeout(timer)
  return code === 0
}

describe('a build killed at any instant', () => {
  it('should leave the old site, or one that the next run turns into the new site', async () => {
    const {before, change, expectedOld, expectedNew} = await sites()
    // How long an incremental build of this change takes, so the instants cover all of it.
    const probe = join(before, '..', `${before.split('/').pop()}-probe`)
    await cp(before, probe, {recursive: true})
    expect((await build({root: probe, jobs: 1})).ok).toBe(true)
    await change(probe)
    const started = performance.now()
    expect(await buildKilledAfter(probe, 60_000)).toBe(true)
    const duration = performance.now() - started

    const next = random(20261201)
    const outcomes = {old: 0, committed: 0, finished: 0}
    for (let run = 0; run < 12; run++) {
      const root = join(before, '..', `${before.split('/').pop()}-${run}`)
      await cp(before, root, {recursive: true})
      expect((await build({root, jobs: 1})).ok).toBe(true)
      expect(await tree(join(root, 'dist'))).toEqual(expectedOld)
      await change(root)

      const instant = Math.round(next() * duration * 1.1)
      const finished = await buildKilledAfter(root, instant)
      const left = await tree(join(root, 'dist'))
      const store = SiteStore.open(join(root, '.cache/matbuot/store.sqlite'))
      const pending = store.pendingCommit(join(root, 'dist')).length > 0
      store.close()
      // Before its commit point the old site is untouched; after it, the steps left are recorded.
      if (finished) {
        expect(left, `run ${run}, killed after ${instant} ms`).toEqual(expectedNew)
        outcomes.finished++
      } else if (pending) {
        outcomes.committed++
      } else {
        expect([expectedOld, expectedNew], `run ${run}, killed after ${instant} ms`).toContainEqual(left)
        if (JSON.stringify(left) === JSON.stringify(expectedOld)) outcomes.old++
        else outcomes.committed++
      }
      // The next run recovers and finishes: the new site, exactly as a clean build makes it.
      expect((await build({root, jobs: 1})).ok).toBe(true)
      expect(await tree(join(root, 'dist')), `run ${run}, killed after ${instant} ms`).toEqual(expectedNew)
      expect((await readdir(root)).filter((name) => name.startsWith('dist.'))).toEqual([])
    }
    // The instants must have hit both sides of the commit point for the test to mean anything.
    expect(outcomes.old).toBeGreaterThan(0)
    expect(outcomes.old + outcomes.committed).toBeGreaterThan(0)
  }, 180_000)
})
