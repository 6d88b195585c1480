import {mkdir, rename, writeFile} from 'node:fs/promises'
import {dirname} from 'node:path'

let writes = 0

/**
 * A file kept between builds (`.cache/matbuot/`): a build killed mid-write must not leave half a
 * file that a later build takes as made. Each write has its own temporary name, since two sources
 * with the same bytes can be made at once into one file.
 */
export async function writeAtomically(path: string, bytes: Uint8Array): Promise<void> {
  await mkdir(dirname(path), {recursive: true})
  const temporary = `${path}.${process.pid}-${writes++}.tmp`
  await writeFile(temporary, bytes)
  await rename(temporary, path)
}
