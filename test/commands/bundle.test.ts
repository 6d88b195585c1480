import {readFile, utimes} from 'node:fs/promises'
import {dirname, join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {ensureBundle} from '../../pipeline/bundle.js'
import {copyOfMatbuot} from '../support/site-fixture.ts'

describe('the bundle the command runs from', () => {
  it('should leave a running bundle’s thread entries in place when another command bundles newer sources', {timeout: 60_000}, async () => {
    const copy = await copyOfMatbuot()
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
