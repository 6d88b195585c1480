// Matbuot starts from a bundle of its TypeScript sources: one file loads in a fraction of the
// time that hundreds of modules through a TypeScript loader take, and that start is paid by
// every build, every preview and every worker thread. The bundle is rebuilt whenever a source
// is newer than it, so it can never run stale code.
import {existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {listFiles} from './load/list-files.js'

const root = dirname(dirname(fileURLToPath(import.meta.url)))
const bundleDir = join(root, '.cache', 'matbuot', 'bundle')
const entries = {
  matbuot: 'pipeline/cli.ts',
  'render-worker': 'pipeline/render-worker.ts',
  'site-worker': 'pipeline/dev/site-worker.ts',
  'search-worker': 'pipeline/outputs/search/search-worker.ts'
}

/** The bundled command, built afresh if any source changed; undefined when it cannot be built. */
export async function ensureBundle() {
  const stamp = sourceStamp()
  const stampFile = join(bundleDir, 'stamp')
  const entry = join(bundleDir, 'matbuot.mjs')
  if (existsSync(entry) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return entry
  let esbuild
  try {
    esbuild = await import('esbuild')
  } catch {
    return undefined
  }
  // Built aside and renamed into place, so two commands starting at once never see half a bundle.
  const staging = `${bundleDir}.${process.pid}`
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
    writeFileSync(join(staging, 'stamp'), stamp)
  } catch {
    // A package folder that takes no files (read-only, or .cache is a file) runs from the sources instead.
    try {
      rmSync(staging, {recursive: true, force: true})
    } catch {}
    return undefined
  }
  try {
    renameSync(bundleDir, `${staging}.old`)
  } catch {}
  try {
    renameSync(staging, bundleDir)
  } catch {
    // Another command won the race with the same sources: use its bundle.
    rmSync(staging, {recursive: true, force: true})
  }
  rmSync(`${staging}.old`, {recursive: true, force: true})
  return existsSync(entry) ? entry : undefined
}

/** Names, sizes and times of every source file and of the installed packages' lock. */
function sourceStamp() {
  const files = listFiles(join(root, 'pipeline')).map((file) => join(root, 'pipeline', file))
  const lock = join(root, 'package-lock.json')
  return [...files, ...(existsSync(lock) ? [lock] : [])].map((file) => `${file}:${statSync(file).size}:${statSync(file).mtimeMs}`).join('\n')
}
