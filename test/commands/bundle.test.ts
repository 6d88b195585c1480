import {cp, mkdtemp, readFile, symlink, utimes} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {ensureBundle} from '../../pipeline/bundle.js'
import {repoRoot} from '../support/site-fixture.ts'

describe('the bundle the command runs from', () => {
  it('should leave a running bundle’s thread entries in place when another command bundles newer sources', {timeout: 60_000}, async () => {
    const copy = await mkdtemp(join(tmpdir(), 'matbuot-bundle-'))
    for (const entry of ['pipeline', 'package.json', 'package-lock.json']) await cp(join(repoRoot, entry), join(copy, entry), {recursive: true})
    await symlink(join(repoRoot, 'node_modules'), join(copy, 'node_modules'))
    const running = await ensureBundle(copy)
    expect(running).toBeDefined()
    const worker = join(dirname(running!), 'render-worker.mjs')
    const before = await readFile(worker, 'utf8')
    expect(await ensureBundle(copy)).toBe(running)

    // A source saved while that bundle runs: the next command bundles it, and the running one still finds its threads' code.
    const later = new Date(Date.now() + 5_000)
    await utimes(join(copy, 'pipeline/render-site.ts'), later, later)
    const newer = await ensureBundle(copy)
    expect(newer).toBeDefined()
    expect(newer).not.toBe(running)
    expect(await readFile(worker, 'utf8')).toBe(before)
  })
})
