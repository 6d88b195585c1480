import {createHash} from 'node:crypto'
import {close, createIndex} from 'pagefind'
import type {SearchRecord} from './search-records.ts'
import type {BundleFile} from './shard-pack.ts'

/** Pagefind's own files that the search page does not load: its ready-made interfaces and their styles. */
const unused = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\.|^playground\//

/**
 * One shard's bundle, made in memory by this thread's Pagefind, its files in path order. Pagefind
 * runs as one child process per thread, started by the first index and kept until `stopPagefind`.
 */
export async function indexRecords(records: readonly SearchRecord[], folder: string): Promise<BundleFile[]> {
  const {index, errors} = await createIndex({})
  if (!index) throw new Error(`Pagefind could not start an index: ${errors.join('; ')}`)
  try {
    // All sent at once: they reach Pagefind's process in this order down its one pipe, without waiting for a reply each.
    const added = await Promise.all(
      records.map((record) => index.addCustomRecord({...record, meta: {...record.meta}, filters: {...record.filters}, sort: {...record.sort}}))
    )
    const refused = added.findIndex((answer) => answer.errors.length > 0)
    if (refused >= 0) throw new Error(`Pagefind refused ${records[refused]!.url}: ${added[refused]!.errors.join('; ')}`)
    const made = await index.getFiles()
    if (made.errors.length > 0) throw new Error(`Pagefind could not build the index of ${folder}: ${made.errors.join('; ')}`)
    return made.files
      .filter((file) => !unused.test(file.path))
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
      .map((file) => ({path: file.path, content: file.content, digest: createHash('sha256').update(file.content).digest('hex')}))
  } finally {
    await index.deleteIndex()
  }
}

/** Stop this thread's Pagefind process, so the thread (and the process) can end when its work does. */
export async function stopPagefind(): Promise<void> {
  await close()
}
