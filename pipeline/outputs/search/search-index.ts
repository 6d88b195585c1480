import {createHash} from 'node:crypto'
import {close, createIndex} from 'pagefind'
import type {OutputFile} from '../output-file.ts'
import type {SiteModel} from '../site-model.ts'
import {searchRecords} from './search-records.ts'

/** Pagefind's own files that the search page does not load: its ready-made interfaces and their styles. */
const unused = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\.|^playground\//

/**
 * Pagefind's index of every published article, one per locale, made in memory and handed to
 * the writer: the build's one writer commits it with the rest, or nothing at all.
 */
export async function* searchIndex(model: SiteModel): AsyncIterable<OutputFile> {
  if (!model.config.search) return
  const records = searchRecords(model)
  const {index, errors} = await createIndex({})
  if (!index) throw new Error(`Pagefind could not start an index: ${errors.join('; ')}`)
  try {
    for (const record of records) {
      const added = await index.addCustomRecord({...record, meta: {...record.meta}, filters: {...record.filters}, sort: {...record.sort}})
      if (added.errors.length > 0) throw new Error(`Pagefind refused ${record.url}: ${added.errors.join('; ')}`)
    }
    const made = await index.getFiles()
    if (made.errors.length > 0) throw new Error(`Pagefind could not build the index: ${made.errors.join('; ')}`)
    const folder = model.paths.searchBundle().replace(/^\//, '')
    const files = made.files.filter((file) => !unused.test(file.path)).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    for (const file of files) {
      // Pagefind's bytes are its own (a new version of it changes them), so a file's key is its digest.
      const digest = createHash('sha256').update(file.content).digest('hex')
      yield {path: `${folder}${file.path}`, key: digest, digest, render: () => file.content}
    }
  } finally {
    await index.deleteIndex()
    // Pagefind runs as a child process: stopped, so a build's process can end when its work does.
    await close()
  }
}
