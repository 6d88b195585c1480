import {existsSync} from 'node:fs'
import {dirname, join, sep} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'

/*
 * Where Matbuot's own files are, whether it runs from its TypeScript sources (through tsx) or
 * from the bundle that `pipeline/matbuot.js` compiles them into for a fast start.
 */
const here = fileURLToPath(import.meta.url)

/** The folder of Matbuot's package.json. */
export const projectRoot = findRoot(dirname(here))

/** A file of the project, by its path from the project root, e.g. `pipeline/outputs/assets/site.css`. */
export function projectFile(path: string): string {
  return join(projectRoot, path)
}

export const bundleDir = projectFile(join('.cache', 'matbuot', 'bundle'))
const bundled = here.startsWith(bundleDir + sep)

/** The entry of a worker thread: the bundled one, or the source's tsx shim. */
export function workerScript(name: keyof typeof workerShims): URL {
  if (bundled) return pathToFileURL(join(bundleDir, `${name}.mjs`))
  return pathToFileURL(projectFile(workerShims[name]))
}

/** Each worker thread's tsx shim, by the name of its bundled entry (see bundle.js). */
const workerShims = {
  'render-worker': 'pipeline/render-worker.js',
  'site-worker': 'pipeline/dev/site-worker.js',
  'search-worker': 'pipeline/outputs/search/search-worker.js'
}

function findRoot(folder: string): string {
  for (let current = folder; ; current = dirname(current)) {
    if (existsSync(join(current, 'package.json')) && existsSync(join(current, 'pipeline'))) return current
    if (dirname(current) === current) throw new Error(`cannot find Matbuot's project folder above ${folder}`)
  }
}
