import {pMapIterable} from 'p-map'
import type {OutputFile} from '../output-file.ts'
import type {SiteModel} from '../site-model.ts'
import {ShardIndexers} from './shard-indexers.ts'
import {searchShards, type SearchShard} from './search-shards.ts'
import {readPack, writePack, type BundleFile} from './shard-pack.ts'

/**
 * Pagefind's index of every published article, a bundle per locale and half-year, handed to the
 * writer: the build's one writer commits it with the rest, or nothing at all. A shard whose
 * records are unchanged comes from the cache as it was, so only the half-years that changed are
 * indexed again, as many at once as the build has threads; every file of a shard has the shard's
 * key, so the writer rewrites none of an unchanged one.
 */
export async function* searchIndex(model: SiteModel): AsyncIterable<OutputFile> {
  if (!model.config.search) return
  const indexers = new ShardIndexers(model.threads)
  try {
    // In the shards' order, whichever finishes first, and no more than that many ahead of the writer.
    const bundles = pMapIterable(searchShards(model), (shard) => bundleOf(model, shard, indexers), {concurrency: model.threads})
    for await (const {shard, files} of bundles) {
      const bundle = shard.folder.replace(/^\//, '')
      for (const file of files) yield {path: `${bundle}${file.path}`, key: shard.key, digest: file.digest, bundle, render: () => file.content}
    }
  } finally {
    await indexers.stop()
  }
}

/** A shard's files: kept from an earlier build under its key, or indexed now and kept. */
async function bundleOf(model: SiteModel, shard: SearchShard, indexers: ShardIndexers): Promise<{shard: SearchShard; files: BundleFile[]}> {
  const {searchCache} = model
  const kept = searchCache === undefined ? undefined : await readPack(searchCache, shard.locale, shard.period, shard.key)
  if (kept) return {shard, files: kept}
  const files = await indexers.index({records: shard.records, folder: shard.folder})
  if (searchCache !== undefined) await writePack(searchCache, shard.locale, shard.period, shard.key, files)
  return {shard, files}
}
