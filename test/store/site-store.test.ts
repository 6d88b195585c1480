import {mkdtemp, stat, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import Database from 'better-sqlite3'
import {describe, expect, it} from 'vitest'
import {SiteStore} from '../../pipeline/store/site-store.ts'

async function storeFile(): Promise<string> {
  return join(await mkdtemp(join(tmpdir(), 'matbuot-store-')), 'store.sqlite')
}

const record = {size: 10, mtimeMs: 1_700_000_000_000.5, ino: 42, digest: 'abc', facts: '{"title":"A"}'}

describe('SiteStore', () => {
  it('should keep what it was given across processes', async () => {
    const file = await storeFile()
    const first = SiteStore.open(file)
    first.putSource('content/2024/05/a.en.md', record)
    first.close()
    const second = SiteStore.open(file)
    expect(second.source('content/2024/05/a.en.md')).toEqual(record)
    expect(second.sourceStats().get('content/2024/05/a.en.md')).toEqual({size: 10, mtimeMs: 1_700_000_000_000.5, ino: 42, digest: 'abc'})
    second.close()
  })

  it('should start afresh when another version of Matbuot wrote it', async () => {
    const file = await storeFile()
    const store = SiteStore.open(file)
    store.putSource('content/2024/05/a.en.md', record)
    store.close()
    const db = new Database(file)
    db.prepare("update meta set value = '0.0.0/0' where key = 'version'").run()
    db.close()
    const reopened = SiteStore.open(file)
    expect(reopened.source('content/2024/05/a.en.md')).toBeUndefined()
    reopened.close()
  })

  it('should start afresh when the file is not a store at all', async () => {
    const file = await storeFile()
    await writeFile(file, 'half a page of something else')
    const store = SiteStore.open(file)
    expect(store.sourceStats().size).toBe(0)
    store.close()
  })

  it('should keep a recorded output commit until it is finished, and apply its keys at once', async () => {
    const file = await storeFile()
    const store = SiteStore.open(file)
    store.stageOutputs('/out', [
      {path: 'a.html', key: 'k1', digest: 'd1', moved: true, changed: true},
      {path: 'b.html', key: 'k2', digest: 'd2', moved: false, changed: true}
    ])
    store.commitStaged('/out', ['old.html'])
    store.close()
    const reopened = SiteStore.open(file)
    expect(reopened.pendingCommit('/out')).toEqual([
      {op: 'move', path: 'a.html'},
      {op: 'delete', path: 'old.html'}
    ])
    expect(reopened.output('/out', 'a.html')).toEqual({key: 'k1', digest: 'd1'})
    expect(reopened.output('/out', 'b.html')).toEqual({key: 'k2', digest: 'd2'})
    reopened.finishCommit('/out')
    expect(reopened.pendingCommit('/out')).toEqual([])
    reopened.close()
  })

  it('should forget what a build staged and did not commit, and refuse a path staged twice', async () => {
    const file = await storeFile()
    const store = SiteStore.open(file)
    store.stageOutputs('/out', [{path: 'a.html', key: 'k1', digest: 'd1', moved: true, changed: true}])
    expect(() => store.stageOutputs('/out', [{path: 'a.html', key: 'k9', digest: 'd9', moved: true, changed: true}])).toThrow(
      'two outputs were written to a.html'
    )
    store.close()
    const reopened = SiteStore.open(file)
    reopened.keepStaged('/out')
    expect(reopened.hasOutputs('/out')).toBe(false)
    reopened.close()
  })

  it('should keep nothing of a transaction that failed half-way', async () => {
    const store = SiteStore.open(await storeFile())
    expect(() =>
      store.transaction(() => {
        store.putSource('content/a.en.md', record)
        throw new Error('killed')
      })
    ).toThrow('killed')
    expect(store.source('content/a.en.md')).toBeUndefined()
    store.close()
  })

  it('should read back each body as rendered: the latest render of a source, none once it is forgotten', async () => {
    const store = SiteStore.open(await storeFile())
    const render = {digest: 'abc', reads: '{}', facts: '[]'}
    store.putRender('content/a.en.md', render, [
      {locale: 'en', bodies: {html: '<p>One</p>', text: 'One'}},
      {locale: 'ru', bodies: {html: '<p>Один</p>', amp: '<p>Один</p>'}}
    ])
    expect(store.body('content/a.en.md', 'en', 'html')).toBe('<p>One</p>')
    expect(store.body('content/a.en.md', 'ru', 'amp')).toBe('<p>Один</p>')
    expect(store.body('content/a.en.md', 'en', 'amp')).toBeUndefined()
    store.putRender('content/a.en.md', render, [{locale: 'en', bodies: {html: '<p>Two</p>'}}])
    expect(store.body('content/a.en.md', 'en', 'html')).toBe('<p>Two</p>')
    expect(store.body('content/a.en.md', 'ru', 'html')).toBeUndefined()
    store.keepRendersOf(new Set())
    expect(store.body('content/a.en.md', 'en', 'html')).toBeUndefined()
    store.close()
  })

  it('should keep the cache small: the HTML variants of a body cost little more on disk than one', async () => {
    // Words of random letters, so that little but what the variants share compresses.
    let seed = 7
    const next = () => (seed = (seed * 48271) % 2147483647)
    const word = () => Array.from({length: 3 + (next() % 6)}, () => 'abcdefghijklmnopqrstuvwxyz'[next() % 26]).join('')
    const releases = Array.from({length: 200}, (_, n) => {
      const paragraphs = Array.from({length: 12}, () => Array.from({length: 60}, word).join(' '))
      const html = paragraphs.map((paragraph) => `<p>${paragraph} <a href="/en/${n}/">more</a></p>`).join('\n')
      return {html, absolute: html.replaceAll('href="/', 'href="https://dunyo.uz/'), xhtml: html, amp: html, text: paragraphs.join('\n')}
    })
    const sizeOfStoreWith = async (variants: (keyof (typeof releases)[number])[]) => {
      const file = await storeFile()
      const store = SiteStore.open(file)
      store.transaction(() =>
        releases.forEach((bodies, n) =>
          store.putRender(`content/${n}.en.md`, {digest: 'abc', reads: '{}', facts: '[]'}, [
            {locale: 'en', bodies: Object.fromEntries(variants.map((variant) => [variant, bodies[variant]]))}
          ])
        )
      )
      store.close()
      return (await stat(file)).size
    }
    // Each variant compressed alone would take more than half its text: four would cost over twice one.
    expect(await sizeOfStoreWith(['html', 'absolute', 'xhtml', 'amp', 'text'])).toBeLessThan(1.25 * (await sizeOfStoreWith(['html', 'text'])))
  })
})
