import {describe, expect, it} from 'vitest'
import {runCli} from '../support/run-cli.ts'
import {makeSite, release, tinyPng} from '../support/site-fixture.ts'

describe('a problem found while rendering', () => {
  it('should reach machines with its catalog id, hint and the value it is about', async () => {
    const root = await makeSite({
      'content/media/logo.png': tinyPng,
      'content/2024/05/budget.en.md': release({}, '<p dir="sideways">Text</p>')
    })
    const {stdout} = runCli(['check', '--format', 'json'], root)
    const report = JSON.parse(stdout) as {diagnostics: Record<string, unknown>[]}
    expect(report.diagnostics).toEqual([
      expect.objectContaining({
        id: 'MB3007',
        severity: 'warning',
        file: 'content/2024/05/budget.en.md',
        message: 'Unexpected dir="sideways" on <p>, expected ltr, rtl or auto; the attribute is left out',
        expected: 'ltr, rtl or auto',
        actual: 'sideways'
      })
    ])
  })
})
