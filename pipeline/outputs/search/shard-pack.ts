import {readdir, readFile, rm} from 'node:fs/promises'
import {dirname, join} from 'node:path'
import {writeAtomically} from '../../store/cache-file.ts'

/** One file of a shard's Pagefind bundle, by its path in the bundle. */
export interface BundleFile {
  readonly path: string
  readonly digest: string
  readonly content: Uint8Array
}

/*
 * A shard's bundle is kept between builds as one file, `<locale>/<yyyy>/<half>/<key>.pack` in the cache
 * folder: a 4-byte length, a JSON list of the files (path, digest, length), then their bytes.
 * One file per shard, not thousands: a cold build writes each once, and a later one reads only
 * the shards whose output it must write again.
 */

/** The bundle kept for this shard key, or undefined when there is none (or it cannot be read). */
export async function readPack(cacheDir: string, locale: string, period: string, key: string): Promise<BundleFile[] | undefined> {
  const bytes = await readFile(join(cacheDir, locale, period, `${key}.pack`)).catch(() => undefined)
  if (!bytes || bytes.length < 4) return undefined
  const headerLength = bytes.readUInt32BE(0)
  try {
    const header = JSON.parse(bytes.subarray(4, 4 + headerLength).toString('utf8')) as {path: string; digest: string; length: number}[]
    let offset = 4 + headerLength
    const files = header.map(({path, digest, length}) => {
      const content = bytes.subarray(offset, (offset += length))
      return {path, digest, content}
    })
    return offset === bytes.length ? files : undefined
  } catch {
    return undefined
  }
}

/** Keep a shard's bundle, in place of any other kept for the same locale and period: a period is indexed again only when its records change. */
export async function writePack(cacheDir: string, locale: string, period: string, key: string, files: readonly BundleFile[]): Promise<void> {
  const folder = join(cacheDir, locale, period)
  const header = Buffer.from(JSON.stringify(files.map(({path, digest, content}) => ({path, digest, length: content.length}))), 'utf8')
  const length = Buffer.alloc(4)
  length.writeUInt32BE(header.length)
  await writeAtomically(join(folder, `${key}.pack`), Buffer.concat([length, header, ...files.map((file) => file.content)]))
  const others = (await readdir(folder)).filter((name) => name.endsWith('.pack') && name !== `${key}.pack`)
  // A whole year's bundle, kept before bundles were half-years, lies in the year's folder: its half-years replace it.
  const yearFolder = dirname(folder)
  const wholeYear = (await readdir(yearFolder)).filter((name) => name.endsWith('.pack'))
  await Promise.all(
    [...others.map((name) => join(folder, name)), ...wholeYear.map((name) => join(yearFolder, name))].map((path) => rm(path, {force: true}))
  )
}
