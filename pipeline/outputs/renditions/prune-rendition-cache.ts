import {createHash} from 'node:crypto'
import {mkdir, readdir, readFile, rename, rm, stat, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {mergeSizes, type RenditionSizes} from './encode-renditions.ts'

/** Where each build of the project records the cached renditions it uses, with their sizes, inside the cache folder. */
const listsFolder = 'uses'

// A temporary file this old belongs to a build that was killed, not to one still writing it.
const abandonedAfterMs = 60 * 60 * 1000

/**
 * What every build of the project recorded it used. Each is in the cache: pruning removes only
 * what no record lists, and a build records its renditions only once it has them all.
 */
export async function recordedRenditionSizes(cacheDir: string): Promise<RenditionSizes> {
  let sizes: RenditionSizes = {}
  for (const record of await records(cacheDir)) sizes = mergeSizes(sizes, record)
  return sizes
}

/**
 * Remove from the rendition cache what no build of the project uses any more: renditions of
 * images no page shows now, and the folders of earlier encoders or settings. Each build (named by
 * its output) keeps the record of the renditions it used; a build whose record did not change
 * lists and removes nothing. Only entries found inside `cacheDir` are removed, and a link only as
 * a link.
 */
export async function pruneRenditionCache(cacheDir: string, build: string, used: RenditionSizes): Promise<{removed: number}> {
  // No folder, nothing to keep: a build that shows no image leaves no cache behind (`--no-cache`).
  if (!(await stat(cacheDir).catch(() => undefined))) return {removed: 0}
  const lists = join(cacheDir, listsFolder)
  const own = join(lists, `${createHash('sha256').update(build).digest('hex').slice(0, 16)}.json`)
  const list = `${JSON.stringify(sortedSizes(used))}\n`
  if ((await readFile(own, 'utf8').catch(() => undefined)) === list) return {removed: 0}
  await mkdir(lists, {recursive: true})
  await writeFile(`${own}.${process.pid}.tmp`, list)
  await rename(`${own}.${process.pid}.tmp`, own)

  const kept = new Set<string>()
  const keptFolders = new Set<string>()
  for (const record of await records(cacheDir)) {
    for (const [source, renditions] of Object.entries(record)) {
      keptFolders.add(source.split('/')[0]!)
      for (const rendition of Object.keys(renditions)) kept.add(`${source}-${rendition}`)
    }
  }
  let removed = 0
  for (const folder of await readdir(cacheDir, {withFileTypes: true})) {
    if (folder.name === listsFolder) continue
    if (!folder.isDirectory() || !keptFolders.has(folder.name)) {
      await rm(join(cacheDir, folder.name), {recursive: true, force: true})
      removed++
      continue
    }
    for (const file of await readdir(join(cacheDir, folder.name))) {
      const path = join(cacheDir, folder.name, file)
      if (kept.has(`${folder.name}/${file}`) || (file.endsWith('.tmp') && !(await abandoned(path)))) continue
      await rm(path, {recursive: true, force: true})
      removed++
    }
  }
  return {removed}
}

/** The builds' records; one that does not read as a record (cut short, edited by hand) keeps nothing. */
async function records(cacheDir: string): Promise<RenditionSizes[]> {
  const lists = join(cacheDir, listsFolder)
  const entries = await readdir(lists, {withFileTypes: true}).catch(() => [])
  const read = await Promise.all(
    entries
      .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
      .map(async (entry) => {
        try {
          const record: unknown = JSON.parse(await readFile(join(lists, entry.name), 'utf8'))
          return isRecord(record) ? [record] : []
        } catch {
          return []
        }
      })
  )
  return read.flat()
}

function isRecord(value: unknown): value is RenditionSizes {
  const isObject = (item: unknown): item is Record<string, unknown> => typeof item === 'object' && item !== null && !Array.isArray(item)
  return isObject(value) && Object.values(value).every((sizes) => isObject(sizes) && Object.values(sizes).every(Number.isInteger))
}

/** The same record written the same way whatever order the build found its renditions in. */
function sortedSizes(sizes: Readonly<RenditionSizes>): RenditionSizes {
  const byName = <T>(record: Readonly<Record<string, T>>) => Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return Object.fromEntries(byName(sizes).map(([source, renditions]) => [source, Object.fromEntries(byName(renditions))]))
}

async function abandoned(path: string): Promise<boolean> {
  return stat(path).then(
    (found) => Date.now() - found.mtimeMs > abandonedAfterMs,
    () => false
  )
}
