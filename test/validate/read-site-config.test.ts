import {describe, expect, it} from 'vitest'
import {formatDiagnostic} from '../../pipeline/diagnostics/diagnostic.ts'
import {parseSiteConfig} from '../../pipeline/validate/read-site-config.ts'
import {fixtureConfig} from '../support/site-fixture.ts'

function problemsOf(config: string): string[] {
  return parseSiteConfig(config, 'site.yaml').problems.map(formatDiagnostic)
}

describe('site.yaml in the editor’s words', () => {
  it('should say a page size must be a whole number, showing the value quoted', () => {
    expect(problemsOf(fixtureConfig.replace('pageSize: 2', 'pageSize: ten'))).toEqual([
      'site.yaml:3:11 error "pageSize": expected a whole number, got "ten"'
    ])
  })

  it('should word every kind of wrong value itself, never in the schema library’s words', () => {
    const broken = `${fixtureConfig.replace('pageSize: 2', 'pageSize: 0')}timeZone: 5\namp: maybe\nfeedSize: 2.5\n`
    const problems = problemsOf(broken)
    expect(problems).toEqual([
      'site.yaml:3:11 error "pageSize": expected a number above 0, got the number 0',
      'site.yaml:10:11 error "timeZone": expected a text, got the number 5',
      'site.yaml:11:6 error "amp": expected true or false, got "maybe"',
      'site.yaml:12:11 error "feedSize": expected a whole number, got the number 2.5'
    ])
    for (const problem of problems) expect(problem).not.toMatch(/Invalid|received/)
  })
})
