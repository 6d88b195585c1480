import {createHash} from 'node:crypto'
import {readdir, readFile} from 'node:fs/promises'
import {join} from 'node:path'

/** Every file below `dir`, by its path from `dir`, with the SHA-256 of its bytes: two trees compare as plain objects. */
export async function treeHashes(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, {recursive: true, withFileTypes: true})
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name))
  return Object.fromEntries(
    await Promise.all(
      files.map(async (f) => [
        f.slice(dir.length),
        createHash('sha256')
          .update(await readFile(f))
          .digest('hex')
      ])
    )
  )
}
