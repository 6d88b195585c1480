import {describe, expect, it} from 'vitest'
import {expectedFailure} from '../../pipeline/commands/expected-failure.ts'
import {UsageError} from '../../pipeline/commands/common-options.ts'
import {catalog} from '../../pipeline/diagnostics/catalog.ts'
import {problem} from '../../pipeline/diagnostics/catalog-entry.ts'
import {SourceChanged} from '../../pipeline/render-site.ts'

describe('expectedFailure', () => {
  it('should give a usage mistake its line, status and catalog id', () => {
    const error = new UsageError(problem(catalog.invalidOption, '--jobs', 'expected a whole number of threads from 1 up, got "many"'))
    expect(expectedFailure(error)).toEqual({message: '--jobs: expected a whole number of threads from 1 up, got "many"', status: 1, id: 'MB4002'})
  })

  it('should give a source saved during the build its catalog id', () => {
    expect(expectedFailure(new SourceChanged('content/2024/05/budget.en.md'))).toMatchObject({status: 1, id: 'MB4101'})
  })

  it('should word a file-system failure from the catalog', () => {
    const error = Object.assign(new Error('EROFS'), {code: 'EROFS', syscall: 'mkdir', path: '/srv/site'})
    expect(expectedFailure(error)).toEqual({message: 'cannot create /srv/site: the file system is read-only', status: 2, id: 'MB4102'})
  })
})
