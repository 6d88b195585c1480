import {createHash} from 'node:crypto'
import {close, createIndex} from 'pagefind'
import type {OutputFile} from '../output-file.ts'
import type {SiteModel} from '../site-model.ts'
import {searchShards, type SearchShard} from './search-shards.ts'
import {readPack, writePack, type BundleFile} from './shard-pack.ts'

/** Pagefind's own files that the search page does not load: its ready-made interfaces and their styles. */
const unused = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\.|^playground\//

/**
 * Pagefind's index of every published article, a bundle per locale and half-year, handed to the
 * writer: the build's one writer commits it with the rest, or nothing at all. A shard whose
 * records are unchanged comes from the cache as it was, so only the half-years that changed are
 * indexed again; every file of a shard has the shard's key, so the writer rewrites none of an
 * unchanged one.
 */
export async function* searchIndex(model: SiteModel): AsyncIterable<OutputFile> {
  if (!model.config.search) return
  let started = false
  try {
    for (const shard of searchShards(model)) {
      let files = model.searchCache === undefined ? undefined : await readPack(model.searchCache, shard.locale, shard.period, shard.key)
      if (!files) {
        if (!started) indexing++
        started = true
        files = await indexShard(shard)
        if (model.searchCache !== undefined) await writePack(model.searchCache, shard.locale, shard.period, shard.key, files)
      }
      const bundle = shard.folder.replace(/^\//, '')
      for (const file of files) yield {path: `${bundle}${file.path}`, key: shard.key, digest: file.digest, bundle, render: () => file.content}
    }
  } finally {
    // Pagefind runs as one child process for the whole of this process: stopped once no index
    // is being made (a preview's and a build's may overlap), so the process can end when its work does.
    if (started && --indexing === 0) await close()
  }
}

/** How many `searchIndex` calls are using Pagefind now. */
let indexing = 0

/** One shard's bundle, made by Pagefind in memory, its files in path order. */
async function indexShard(shard: SearchShard): Promise<BundleFile[]> {
  const {index, errors} = await createIndex({})
  if (!index) throw new Error(`Pagefind could not start an index: ${errors.join('; ')}`)
  try {
    // All sent at once: they reach Pagefind's process in this order down its one pipe, without waiting for a reply each.
    const {records} = shard
    const added = await Promise.all(
      records.map((record) => index.addCustomRecord({...record, meta: {...record.meta}, filters: {...record.filters}, sort: {...record.sort}}))
    )
    const refused = added.findIndex((answer) => answer.errors.length > 0)
    if (refused >= 0) throw new Error(`Pagefind refused ${records[refused]!.url}: ${added[refused]!.errors.join('; ')}`)
    const made = await index.getFiles()
    if (made.errors.length > 0) throw new Error(`Pagefind could not build the index of ${shard.folder}: ${made.errors.join('; ')}`)
    return made.files
      .filter((file) => !unused.test(file.path))
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
      .map((file) => ({path: file.path, content: file.content, digest: createHash('sha256').update(file.content).digest('hex')}))
  } finally {
    await index.deleteIndex()
  }
}
