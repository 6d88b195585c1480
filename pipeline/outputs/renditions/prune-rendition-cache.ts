import {createHash} from 'node:crypto'
import {mkdir, readdir, readFile, rename, rm, stat, writeFile} from 'node:fs/promises'
import {join} from 'node:path'

/** Where each build of the project lists the cached renditions it uses, inside the cache folder. */
const listsFolder = 'builds'

// A temporary file this old belongs to a build that was killed, not to one still writing it.
const abandonedAfterMs = 60 * 60 * 1000

/**
 * Remove from the rendition cache what no build of the project uses any more: renditions of
 * images no page shows now, and the folders of earlier encoders or settings. Each build (named by
 * its output) keeps the list of cache names it used; a build whose list did not change lists and
 * removes nothing. Only entries found inside `cacheDir` are removed, and a link only as a link.
 */
export async function pruneRenditionCache(cacheDir: string, build: string, used: readonly string[]): Promise<{removed: number}> {
  // No folder, nothing to keep: a build that shows no image leaves no cache behind (`--no-cache`).
  if (!(await stat(cacheDir).catch(() => undefined))) return {removed: 0}
  const lists = join(cacheDir, listsFolder)
  const own = join(lists, `${createHash('sha256').update(build).digest('hex').slice(0, 16)}.json`)
  const list = `${JSON.stringify([...new Set(used)].sort())}\n`
  if ((await readFile(own, 'utf8').catch(() => undefined)) === list) return {removed: 0}
  await mkdir(lists, {recursive: true})
  await writeFile(`${own}.${process.pid}.tmp`, list)
  await rename(`${own}.${process.pid}.tmp`, own)

  const kept = new Set<string>()
  for (const entry of await readdir(lists, {withFileTypes: true})) {
    if (!entry.isFile() || !entry.name.endsWith('.json')) continue
    const names = JSON.parse(await readFile(join(lists, entry.name), 'utf8')) as string[]
    for (const name of names) kept.add(name)
  }
  const keptFolders = new Set([...kept].map((name) => name.split('/')[0]!))
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

async function abandoned(path: string): Promise<boolean> {
  return stat(path).then(
    (found) => Date.now() - found.mtimeMs > abandonedAfterMs,
    () => false
  )
}
