import {readdir, rm, stat} from 'node:fs/promises'
import {join} from 'node:path'
import type {SiteStore} from '../../store/site-store.ts'
import type {RenditionSizes} from './encode-renditions.ts'

// A temporary file this old belongs to a build that was killed, not to one still writing it.
const abandonedAfterMs = 60 * 60 * 1000

/**
 * Record in the store the renditions a build (named by its output) used, with their sizes, and
 * remove from the rendition cache what no build of the project uses any more: renditions of
 * images no page shows now, and the folders of earlier encoders or settings. So what some build
 * recorded is in the cache, and a later build takes it from the record (see encode-renditions.ts).
 * A build whose record did not change lists and removes nothing, and so does one whose store
 * ends with it (`--no-cache`), which knows nothing of what other builds use. Only entries found
 * inside `cacheDir` are removed, and a link only as a link.
 */
export async function pruneRenditionCache(cacheDir: string, store: SiteStore, build: string, used: RenditionSizes): Promise<{removed: number}> {
  // No folder, nothing to keep: a build that shows no image leaves no cache behind.
  if (!store.lasting || !(await stat(cacheDir).catch(() => undefined))) return {removed: 0}
  if (JSON.stringify(sortedSizes(Object.fromEntries(store.renditionUses(build)))) === JSON.stringify(sortedSizes(used))) return {removed: 0}
  store.transaction(() => store.putRenditionUses(build, new Map(Object.entries(used))))

  const kept = new Set<string>()
  const keptFolders = new Set<string>()
  for (const [source, renditions] of store.renditionUses()) {
    keptFolders.add(source.split('/')[0]!)
    for (const rendition of Object.keys(renditions)) kept.add(`${source}-${rendition}`)
  }
  let removed = 0
  for (const folder of await readdir(cacheDir, {withFileTypes: true})) {
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
