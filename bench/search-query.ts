import type {BrowserContext} from 'playwright-core'
import {launchBrowser} from '../test/support/browser.ts'
import {startStaticServer} from '../test/support/static-server.ts'

/** What a reader's browser fetched from the search index for one query on a search page, in bytes. */
export interface QueryDownload {
  readonly path: string
  /** The index files the query needed: each year's entry, metadata and filters, the chunks of the query's words. */
  readonly indexBytes: number
  readonly indexFiles: number
  /** Pagefind's script, worker and WebAssembly: the same for every query, and cached after the first. */
  readonly engineBytes: number
  /** The text of the results the page shows (one page of them). */
  readonly resultBytes: number
  /** What the page said it found, e.g. "1,000 results". */
  readonly status: string
}

const engine = /\/(?:pagefind\.js|pagefind-worker\.js|wasm\.[^/]+\.pagefind)$/
const results = /\/fragment\/[^/]+$/

/** Open each search page (`/en/search/?q=…`) of a built site in headless Chromium and add up what it fetched from `/pagefind/`. */
export async function measureQueries(dist: string, paths: readonly string[]): Promise<QueryDownload[]> {
  const server = await startStaticServer()
  server.serve(dist)
  let browser: BrowserContext | undefined
  try {
    browser = await launchBrowser()
    const measured: QueryDownload[] = []
    for (const path of paths) {
      // A fresh page each time: nothing is counted as cached from the query before.
      const page = await browser.newPage()
      const sizes: Promise<{url: string; bytes: number}>[] = []
      browser.on('response', (response) => {
        if (new URL(response.url()).pathname.startsWith('/pagefind/'))
          sizes.push(response.body().then((body) => ({url: response.url(), bytes: body.length})))
      })
      await page.goto(`${server.origin}${path}`)
      await page.waitForFunction(() => {
        const status = document.querySelector('.search-status')?.textContent ?? ''
        return status !== '' && !status.endsWith('…')
      })
      const status = (await page.locator('.search-status').textContent()) ?? ''
      await page.close()
      browser.removeAllListeners('response')
      const fetched = await Promise.all(sizes)
      const sum = (files: {bytes: number}[]) => files.reduce((total, file) => total + file.bytes, 0)
      const index = fetched.filter(({url}) => !engine.test(new URL(url).pathname) && !results.test(new URL(url).pathname))
      measured.push({
        path,
        indexBytes: sum(index),
        indexFiles: index.length,
        engineBytes: sum(fetched.filter(({url}) => engine.test(new URL(url).pathname))),
        resultBytes: sum(fetched.filter(({url}) => results.test(new URL(url).pathname))),
        status
      })
    }
    return measured
  } finally {
    await browser?.close()
    await server.close()
  }
}
