import {spawn} from 'node:child_process'
import {appendFileSync} from 'node:fs'
import {readdir, readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {build} from '../../pipeline/build.ts'
import {outputFormats} from '../../pipeline/outputs/formats.ts'
import {makeSite, release, repoRoot, tinyPng} from '../support/site-fixture.ts'
import {treeHashes} from '../support/tree-hashes.ts'

function siteWith(count: number) {
  const files: Record<string, string | Uint8Array> = {'content/media/logo.png': tinyPng}
  for (let i = 0; i < count; i++) files[`content/2024/05/release-${i}.en.md`] = release({title: `Release ${i}`}, `Paragraph ${i}. `.repeat(200))
  return makeSite(files)
}

describe('a failed build', () => {
  it('should leave the previous output byte-identical after a content error', async () => {
    const root = await siteWith(3)
    expect((await build({root})).ok).toBe(true)
    const good = await treeHashes(join(root, 'dist'))
    await writeFile(join(root, 'content/2024/05/release-1.en.md'), '---\ntitle: Broken\ndate: soon\n---\n')
    expect((await build({root})).ok).toBe(false)
    expect(await treeHashes(join(root, 'dist'))).toEqual(good)
  })

  it('should leave the previous output byte-identical when a writer throws half-way', async () => {
    const root = await siteWith(3)
    await build({root})
    const good = await treeHashes(join(root, 'dist'))
    await writeFile(join(root, 'content/2024/05/release-0.en.md'), release({title: 'Changed title'}))
    const failing = [
      ...outputFormats.slice(0, 2),
      {
        ...outputFormats[2]!,
        files: () => {
          throw new Error('disk full (injected)')
        }
      }
    ]
    await expect(build({root, formats: failing})).rejects.toThrow('disk full (injected)')
    expect(await treeHashes(join(root, 'dist'))).toEqual(good)
    expect((await readdir(root)).filter((name) => name.startsWith('dist.'))).toEqual([])
  })

  it('should leave the previous output byte-identical when the process is killed while writing', async () => {
    const root = await siteWith(400)
    await build({root})
    const good = await treeHashes(join(root, 'dist'))
    await writeFile(join(root, 'content/2024/05/release-0.en.md'), release({title: 'Changed title'}))

    const child = spawn(process.execPath, [join(repoRoot, 'pipeline/matbuot.js'), 'build'], {cwd: root, stdio: 'ignore'})
    const exited = new Promise((resolve) => child.once('exit', resolve))
    // Kill it once it has started writing its staging folder.
    for (let tries = 0; tries < 2000; tries++) {
      if ((await readdir(root)).some((name) => name.startsWith('dist.staging-'))) break
      await new Promise((r) => setTimeout(r, 5))
    }
    expect((await readdir(root)).some((name) => name.startsWith('dist.staging-'))).toBe(true)
    child.kill('SIGKILL')
    await exited
    expect(await treeHashes(join(root, 'dist'))).toEqual(good)

    // The next build clears what the killed one left behind and swaps in the new site.
    expect((await build({root})).ok).toBe(true)
    expect(await readFile(join(root, 'dist/en/2024/05/release-0/index.html'), 'utf8')).toContain('Changed title')
    expect((await readdir(root)).filter((name) => name.startsWith('dist.'))).toEqual([])
  })

  it('should publish nothing, and say which file, when a source is saved again while the build runs', async () => {
    const root = await siteWith(3)
    await build({root})
    const good = await treeHashes(join(root, 'dist'))
    await writeFile(join(root, 'content/2024/05/release-1.en.md'), release({title: 'Changed title'}))
    let saved = false
    // Loading is done when rendering starts: the editor saves the file just then.
    const onProgress = (stage: string) => {
      if (stage !== 'render' || saved) return
      saved = true
      appendFileSync(join(root, 'content/2024/05/release-1.en.md'), 'One more sentence.\n')
    }
    await expect(build({root, onProgress})).rejects.toThrow(
      'content/2024/05/release-1.en.md changed while the build was running, so nothing was published; build again'
    )
    expect(await treeHashes(join(root, 'dist'))).toEqual(good)
    expect((await build({root})).ok).toBe(true)
  })

  it('should fail, not hang, when the writer fails while many releases are still rendering', async () => {
    const root = await siteWith(600)
    await writeFile(join(root, 'dist'), 'a file where the output folder should be')
    await expect(build({root, jobs: 2})).rejects.toThrow()
    expect(await readFile(join(root, 'dist'), 'utf8')).toBe('a file where the output folder should be')
  })
})
