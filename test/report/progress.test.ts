import {describe, expect, it} from 'vitest'
import {build} from '../../pipeline/build.ts'
import {progressReporter} from '../../pipeline/report/progress.ts'
import {makeSite, release} from '../support/site-fixture.ts'

/** A log, not a terminal: what the reporter writes, line by line. */
function log() {
  const lines: string[] = []
  const stream = {isTTY: false, write: (text: string) => lines.push(...text.trimEnd().split('\n'))} as unknown as NodeJS.WriteStream
  return {lines, stream}
}

describe('progressReporter', () => {
  it('should say what each stage counted: source files loaded and rendered, files written', () => {
    const {lines, stream} = log()
    const {listener, finish} = progressReporter(stream)
    listener('load', 12, 12)
    for (let done = 0; done <= 3; done++) listener('render', done, 3)
    for (let done = 1; done <= 38; done++) listener('write', done, 0)
    finish()
    expect(lines).toEqual(['Loading content: 12 source files', 'Rendering: 3 source files', 'Writing: 38 files'])
  })

  it('should say how far a stage got when it stopped before the end', () => {
    const {lines, stream} = log()
    const {listener, finish} = progressReporter(stream)
    listener('render', 2, 5)
    finish()
    expect(lines).toEqual(['Rendering: 2/5 source files'])
  })

  it('should hear from a build how many source files it loaded', async () => {
    const root = await makeSite({'content/2024/05/one.en.md': release({title: 'One'}), 'content/2024/05/two.en.md': release({title: 'Two'})})
    const {lines, stream} = log()
    const {listener, finish} = progressReporter(stream)
    expect((await build({root, cache: false, onProgress: listener})).ok).toBe(true)
    finish()
    expect(lines[0]).toBe('Loading content: 2 source files')
  })
})
