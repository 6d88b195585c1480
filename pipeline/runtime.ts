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

/** Whether this code runs from a bundle; each version of the sources has a folder of its own (see bundle.js). */
export const runsFromBundle = here.startsWith(projectFile(join('.cache', 'matbuot', 'bundle')) + sep)

/**
 * The entry of a worker thread or process: the one bundled with the running code (from the
 * bundle's own folder, never another version's) or with the bundled command `bundle`, else the
 * source's tsx shim.
 */
export function workerScript(name: WorkerEntry, bundle = runsFromBundle ? here : undefined): URL {
  if (bundle) return pathToFileURL(join(dirname(bundle), `${name}.mjs`))
  return pathToFileURL(projectFile(workerShims[name]))
}

/** Each worker thread's tsx shim, by the name of its bundled entry (see bundle.js). */
const workerShims = {
  'render-worker': 'pipeline/render-worker.js',
  'site-worker': 'pipeline/dev/site-worker.js',
  'search-worker': 'pipeline/outputs/search/search-worker.js',
  'encoder-process': 'pipeline/outputs/renditions/encoder-process.js'
}

/** A bundled entry a thread or process of Matbuot's own starts from. */
export type WorkerEntry = keyof typeof workerShims

function findRoot(folder: string): string {
  for (let current = folder; ; current = dirname(current)) {
    if (existsSync(join(current, 'package.json')) && existsSync(join(current, 'pipeline'))) return current
    if (dirname(current) === current) throw new Error(`cannot find Matbuot's project folder above ${folder}`)
  }
}
