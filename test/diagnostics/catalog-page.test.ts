import {describe, expect, it} from 'vitest'
import {catalog} from '../../pipeline/diagnostics/catalog.ts'
import {catalogPage} from '../../pipeline/diagnostics/catalog-page.ts'

describe('the error catalog', () => {
  it('should be what docs/errors.md shows (run this test with -u after changing the catalog)', async () => {
    await expect(catalogPage()).toMatchFileSnapshot('../../docs/errors.md')
  })

  it('should give every problem an id of its own', () => {
    const ids = Object.values(catalog).map((entry) => entry.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(/^MB\d{4}$/)
  })
})
