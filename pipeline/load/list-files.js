// Plain JavaScript because bundle.js lists the sources before any TypeScript can run.
import {readdirSync} from 'node:fs'
import {join} from 'node:path'

/**
 * Every regular file under a folder, as paths from it with forward slashes, in code-unit order;
 * links are not followed, and a folder that is missing (or vanishes while listed) holds nothing.
 * Hand-written: tinyglobby took half as long again to list 12,000 releases, on the path every build takes first.
 */
export function listFiles(folder) {
  const found = []
  const walk = (absolute, shown) => {
    let entries
    try {
      entries = readdirSync(absolute, {withFileTypes: true})
    } catch (error) {
      if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return
      throw error
    }
    for (const entry of entries) {
      const path = shown === '' ? entry.name : `${shown}/${entry.name}`
      if (entry.isDirectory()) walk(join(absolute, entry.name), path)
      else if (entry.isFile()) found.push(path)
    }
  }
  walk(folder, '')
  // The default sort of strings is already code-unit order.
  return found.sort()
}
