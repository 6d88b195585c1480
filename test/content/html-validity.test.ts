import {beforeAll, describe, expect, it} from 'vitest'
import {buildContent, filesUnder} from '../support/build-content.ts'
import {nuCheck} from '../support/nu-checker.ts'

let pages: string[]
beforeAll(async () => {
  // AMP pages are not HTML5 by design; the official AMP validator checks them.
  pages = (await filesUnder(await buildContent(), '.html')).filter((page) => !page.endsWith('/amp/index.html'))
})

describe('every HTML page built from content/', () => {
  it('should have zero errors in the Nu Html Checker', () => {
    expect(pages.length).toBeGreaterThan(30)
    const errors = nuCheck(pages).map((m) => `${m.url.replace(/^.*?\/dist\//, '')}:${m.lastLine} ${m.message}`)
    expect(errors).toEqual([])
  })
})
