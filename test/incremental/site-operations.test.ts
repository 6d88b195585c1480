import {describe, expect, it} from 'vitest'
import {createRandom} from '../../bench/corpus/prng.ts'
import {applyOperation, generateOperation, initialSite, type Operation} from './site-operations.ts'
import {loadSiteBase, siteFiles, type SiteState} from './site-state.ts'

/** The operations of a seed, applied to the state only (no files, no builds). */
function sequence(seed: number, count: number): {operations: Operation[]; states: SiteState[]} {
  const random = createRandom(seed)
  let site = initialSite(random)
  const operations: Operation[] = []
  const states = [site]
  for (let i = 0; i < count; i++) {
    const operation = generateOperation(random, site)
    const applied = applyOperation(site, operation)
    if (!applied) throw new Error(`operation #${i} does not apply: ${JSON.stringify(operation)}`)
    operations.push(operation)
    states.push((site = applied.site))
  }
  return {operations, states}
}

describe('the random site operations', () => {
  it('should be the same for the same seed, so a failing seed stays a regression test', () => {
    expect(sequence(42, 500).operations).toEqual(sequence(42, 500).operations)
  })

  it('should choose every kind of operation', () => {
    const kinds = new Set(sequence(1, 500).operations.map((operation) => operation.kind))
    expect([...kinds].sort()).toEqual([
      'add-correction',
      'add-embargo',
      'add-image',
      'add-release',
      'add-translation',
      'advance-clock',
      'delete-release',
      'edit-body',
      'edit-text',
      'move-release',
      'remove-translation',
      'rename-slug',
      'resave',
      'set-draft',
      'set-sizes',
      'set-string',
      'set-withdrawn',
      'set-word'
    ])
  })

  it('should keep the clock going forward and every file where its date says', async () => {
    const base = await loadSiteBase()
    const {states} = sequence(3, 500)
    for (const [i, state] of states.entries()) {
      if (i > 0) expect(state.clock).toBeGreaterThanOrEqual(states[i - 1]!.clock)
      for (const path of siteFiles(state, base).keys()) {
        const match = /^content\/(\d{4})\/(\d{2})\/([a-z0-9-]+)\.(en|ru|uz)\.md$/.exec(path)
        if (match) expect(state.releases[match[3]!]!.date.slice(0, 7)).toBe(`${match[1]}-${match[2]}`)
      }
    }
  })
})
