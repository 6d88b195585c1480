import {readFile} from 'node:fs/promises'
import {beforeAll, describe, expect, it} from 'vitest'
import {validateAmp} from '../support/amp-validator.ts'
import {buildContent, filesUnder} from '../support/build-content.ts'

let dist: string
let ampPages: string[]
beforeAll(async () => {
  dist = await buildContent()
  ampPages = (await filesUnder(dist, '.html')).filter((file) => file.endsWith('/amp/index.html'))
})

const maxAmpCss = 75_000

describe('every AMP page built from content/', () => {
  it('should pass the official AMP validator', async () => {
    const articles = (await filesUnder(dist, '.html')).filter((f) => /\/\d{4}\/\d{2}\/[^/]+\/index\.html$/.test(f))
    expect(ampPages.length).toBe(articles.length)
    for (const page of ampPages) {
      expect({page: page.slice(dist.length), ...(await validateAmp(await readFile(page, 'utf8')))}).toEqual({
        page: page.slice(dist.length),
        status: 'PASS',
        errors: []
      })
    }
  })

  it('should keep its CSS within AMP’s limit of 75,000 bytes', async () => {
    for (const page of ampPages) {
      const css = /<style amp-custom="">([\s\S]*?)<\/style>/.exec(await readFile(page, 'utf8'))?.[1]
      expect(css).toBeDefined()
      expect(Buffer.byteLength(css!, 'utf8')).toBeLessThanOrEqual(maxAmpCss)
    }
  })

  it('should point at its HTML page, which points back', async () => {
    for (const page of ampPages) {
      const htmlPage = page.replace(/amp\/index\.html$/, 'index.html')
      const canonical = /<link rel="canonical" href="([^"]+)">/.exec(await readFile(page, 'utf8'))![1]!
      const amphtml = /<link rel="amphtml" href="([^"]+)">/.exec(await readFile(htmlPage, 'utf8'))![1]!
      expect(canonical + 'amp/').toBe(amphtml)
      expect(htmlPage.slice(dist.length)).toBe(new URL(canonical).pathname + 'index.html')
    }
  })
})
