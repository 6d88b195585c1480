// Matbuot starts from a bundle of its TypeScript sources: one file loads in a fraction of the
// time that hundreds of modules through a TypeScript loader take, and that start is paid by
// every build, every preview and every worker thread. A bundle is built for each new version of
// the sources (their names, sizes and times), so it can never run stale code.
import {createHash} from 'node:crypto'
import {existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {listFiles} from './load/list-files.js'

const entries = {
  matbuot: 'pipeline/cli.ts',
  'render-worker': 'pipeline/render-worker.ts',
  'site-worker': 'pipeline/dev/site-worker.ts',
  'search-worker': 'pipeline/outputs/search/search-worker.ts',
  'encoder-process': 'pipeline/outputs/renditions/encoder-process.ts'
}
// Bundles of earlier sources kept besides the newest: a command still running one starts its threads from it.
const keptVersions = 4

/**
 * The bundled command for the sources as they are now, built if no bundle of them exists yet;
 * undefined when it cannot be built. Each version of the sources has a folder of its own, made
 * aside and renamed into place whole and never changed after: a command that runs a bundle
 * starts its worker threads from that bundle's folder, so another command building a newer one
 * at the same moment takes nothing from under it.
 */
export async function ensureBundle(root = dirname(dirname(fileURLToPath(import.meta.url)))) {
  const bundles = join(root, '.cache', 'matbuot', 'bundle')
  const version = createHash('sha256').update(sourceStamp(root)).digest('hex').slice(0, 16)
  const folder = join(bundles, version)
  const entry = join(folder, 'matbuot.mjs')
  if (existsSync(join(folder, 'complete'))) return entry
  let esbuild
  try {
    esbuild = await import('esbuild')
  } catch {
    return undefined
  }
  const staging = join(bundles, `.staging-${process.pid}`)
  // esbuild only compiles (write: false): a source that does not compile is a bug and says so.
  const {outputFiles} = await esbuild.build({
    absWorkingDir: root,
    entryPoints: Object.fromEntries(Object.entries(entries).map(([name, path]) => [name, join(root, path)])),
    outdir: staging,
    outExtension: {'.js': '.mjs'},
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // The worker pool loads its own worker file from its package, and the store's SQLite is a
    // native addon that finds its binary from its own folder: both stay packages.
    external: ['piscina', 'esbuild', 'better-sqlite3', 'pagefind', 'sharp'],
    banner: {js: "import {createRequire as __matbuotRequire} from 'node:module'; const require = __matbuotRequire(import.meta.url);"},
    logLevel: 'error',
    write: false
  })
  try {
    for (const file of outputFiles) {
      mkdirSync(dirname(file.path), {recursive: true})
      writeFileSync(file.path, file.contents)
    }
    writeFileSync(join(staging, 'complete'), '')
  } catch {
    // A package folder that takes no files (read-only, or .cache is a file) runs from the sources instead.
    try {
      rmSync(staging, {recursive: true, force: true})
    } catch {}
    return undefined
  }
  try {
    renameSync(staging, folder)
  } catch {
    // Another command won the race with the same sources: use its bundle.
    rmSync(staging, {recursive: true, force: true})
  }
  forgetOldBundles(bundles, version)
  return existsSync(entry) ? entry : undefined
}

/** Remove all but the newest few bundles of earlier sources, and the bundle of the layout before versions. */
function forgetOldBundles(bundles, current) {
  const versions = readdirSync(bundles, {withFileTypes: true})
    .filter((entry) => entry.isDirectory() && /^[0-9a-f]{16}$/.test(entry.name) && entry.name !== current)
    .map((entry) => ({name: entry.name, made: statSync(join(bundles, entry.name)).mtimeMs}))
    .sort((a, b) => b.made - a.made)
  for (const {name} of versions.slice(keptVersions - 1)) rmSync(join(bundles, name), {recursive: true, force: true})
  for (const name of [...Object.keys(entries).map((entry) => `${entry}.mjs`), 'stamp']) rmSync(join(bundles, name), {force: true})
}

/** Names, sizes and times of every source file and of the installed packages' lock. */
function sourceStamp(root) {
  const files = listFiles(join(root, 'pipeline')).map((file) => join(root, 'pipeline', file))
  const lock = join(root, 'package-lock.json')
  return [...files, ...(existsSync(lock) ? [lock] : [])].map((file) => `${file}:${statSync(file).size}:${statSync(file).mtimeMs}`).join('\n')
}
