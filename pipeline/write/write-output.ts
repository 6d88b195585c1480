import {copyFile, link, mkdir, readdir, readFile, rename, rm, writeFile} from 'node:fs/promises'
import {basename, dirname, join} from 'node:path'
import type {OutputFile} from '../outputs/output-file.ts'

export interface WriteOptions {
  /** Told the running count of files written. */
  readonly onWritten?: (count: number) => void
  /**
   * Where the keys of the last output's files are kept. A file whose key is unchanged is
   * hard-linked from the previous output instead of rendered again (default: none).
   */
  readonly manifestFile?: string
}

/** Output path to key, for the output folder it describes. */
interface Manifest {
  readonly outDir: string
  readonly keys: Readonly<Record<string, string>>
}

// Enough writes in flight to keep the disk busy while the next pages render.
const writesInFlight = 32

/**
 * The only code that writes the site to disk. Everything goes into a fresh folder beside
 * the output folder, which is swapped in only once every file is written: a build that fails
 * at any point leaves the previous output exactly as it was.
 */
export async function writeOutput(outDir: string, files: Iterable<OutputFile>, options: WriteOptions = {}): Promise<{written: number; reused: number}> {
  await recoverInterruptedSwap(outDir)
  const staging = `${outDir}.staging-${process.pid}`
  await rm(staging, {recursive: true, force: true})
  const previous = options.manifestFile ? await readManifest(options.manifestFile, outDir) : {}
  const keys: Record<string, string> = {}
  const folders = new Map<string, Promise<unknown>>()
  const ensureFolder = (folder: string) => {
    let made = folders.get(folder)
    if (!made) folders.set(folder, (made = mkdir(folder, {recursive: true})))
    return made
  }
  let written = 0
  let reused = 0
  const inFlight = new Set<Promise<void>>()
  try {
    for (const file of files) {
      if (Object.hasOwn(keys, file.path)) throw new Error(`two outputs were written to ${file.path}`)
      const key = 'key' in file ? file.key : undefined
      keys[file.path] = key ?? ''
      const target = join(staging, file.path)
      const write = async () => {
        await ensureFolder(dirname(target))
        if (key !== undefined && previous[file.path] === key && (await linked(join(outDir, file.path), target))) reused++
        else if ('copyFrom' in file) await copyFile(file.copyFrom, target)
        else await writeFile(target, file.render())
        options.onWritten?.(++written)
      }
      const task: Promise<void> = write().finally(() => inFlight.delete(task))
      inFlight.add(task)
      if (inFlight.size >= writesInFlight) await Promise.race(inFlight)
    }
    await Promise.all(inFlight)
    // Between the swap and the new manifest, no manifest: a build killed there renders everything next time.
    if (options.manifestFile) await rm(options.manifestFile, {force: true})
    await swapIn(staging, outDir)
  } catch (error) {
    await Promise.allSettled(inFlight)
    await rm(staging, {recursive: true, force: true})
    throw error
  }
  if (options.manifestFile) await writeManifest(options.manifestFile, {outDir, keys: Object.fromEntries(Object.entries(keys).filter(([, key]) => key !== ''))})
  return {written: written - reused, reused}
}

/** The previous file, unchanged, becomes the new one without a byte being copied. */
async function linked(from: string, to: string): Promise<boolean> {
  try {
    await link(from, to)
    return true
  } catch {
    return false
  }
}

async function readManifest(file: string, outDir: string): Promise<Manifest['keys']> {
  try {
    const manifest = JSON.parse(await readFile(file, 'utf8')) as Manifest
    return manifest.outDir === outDir ? manifest.keys : {}
  } catch {
    return {}
  }
}

async function writeManifest(file: string, manifest: Manifest): Promise<void> {
  await mkdir(dirname(file), {recursive: true})
  const partial = `${file}.${process.pid}.partial`
  await writeFile(partial, JSON.stringify(manifest))
  await rename(partial, file)
}

async function swapIn(staging: string, outDir: string): Promise<void> {
  const retired = `${outDir}.previous`
  await rm(retired, {recursive: true, force: true})
  const hadOutput = await rename(outDir, retired).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return false
      throw error
    }
  )
  await rename(staging, outDir)
  if (hadOutput) await rm(retired, {recursive: true, force: true})
}

/** A build killed between the two renames leaves only `<out>.previous`: put it back. */
async function recoverInterruptedSwap(outDir: string): Promise<void> {
  const parent = dirname(outDir)
  await mkdir(parent, {recursive: true})
  const names = await readdir(parent)
  const name = basename(outDir)
  if (!names.includes(name) && names.includes(`${name}.previous`)) await rename(`${outDir}.previous`, outDir)
  for (const stale of names.filter((n) => n.startsWith(`${name}.staging-`))) await rm(join(parent, stale), {recursive: true, force: true})
}
