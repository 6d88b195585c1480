import {createHash} from 'node:crypto'
import {readdir, stat} from 'node:fs/promises'
import {join} from 'node:path'

/**
 * A hash of what a build reads, from the files' names, sizes and modification times (as make
 * does): reading every file again just to learn that nothing changed would cost more than the
 * answer is worth.
 */
export async function inputSnapshot(paths: readonly string[], extra: unknown): Promise<string> {
  const hash = createHash('sha256').update(JSON.stringify(extra))
  for (const path of paths) {
    const entries = await listFiles(path)
    for (const [file, info] of entries) hash.update(`${file}\0${info}\n`)
  }
  return hash.digest('hex')
}

async function listFiles(path: string): Promise<[string, string][]> {
  const top = await stat(path).catch(() => undefined)
  if (!top) return [[path, 'missing']]
  if (!top.isDirectory()) return [[path, describe(top)]]
  const entries = await readdir(path, {recursive: true, withFileTypes: true})
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort()
  return Promise.all(files.map(async (file) => [file, describe(await stat(file))] as [string, string]))
}

function describe(info: {size: number; mtimeMs: number; ctimeMs: number}): string {
  return `${info.size}:${info.mtimeMs}:${info.ctimeMs}`
}
