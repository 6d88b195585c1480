import {createHash} from 'node:crypto'
import {mkdir, readdir, readFile, rename, rm, rmdir, unlink} from 'node:fs/promises'
import {statSync, writeFile as writeFileCallback} from 'node:fs'
import {promisify} from 'node:util'
import {dirname, join} from 'node:path'
import type {OutputFile} from '../outputs/output-file.ts'
import type {SiteStore, StagedOutput} from '../store/site-store.ts'
import {claimOutputFolder, isMarked, markOutput, outputMark} from './output-folder.ts'

export interface CommitOptions {
  /** Told of each file written afresh (its bytes changed or are new), with the running count. */
  readonly onWritten?: (count: number, path: string) => void
  /**
   * The files given are only some of the output, the others known unchanged: bring these up to
   * date and leave every other file as it is, but those of a folder given whole (a file's
   * `bundle`) that it no longer has (default: `false`, the files given are the output).
   */
  readonly onlyThese?: boolean
}

export interface CommitResult {
  /** Files rendered and written afresh. */
  readonly written: number
  /** Files left as they were: unchanged key, or rendered again to the same bytes. */
  readonly reused: number
  /** Files of the previous output that this build no longer makes. */
  readonly removed: number
}

// Enough writes in flight to keep the disk busy while the next pages render.
const writesInFlight = 32
// Output records staged per store transaction, and the folders known made: what the writer holds, whatever the site's size.
const stagedPerBatch = 1024
const foldersRemembered = 4096

/**
 * Bring an output folder up to date at the cost of what changed. New and changed files are
 * written into a staging folder beside it, and their records staged in the store as they come;
 * then one store transaction records the new keys together with the steps (move each staged
 * file in, delete each file no longer made) — the commit point — and only then are the steps
 * carried out. A build that fails or dies before the commit leaves the folder exactly as it was;
 * one that dies after it leaves steps that the next build replays first (`recoverOutput`), so
 * the folder is never left a mix of two builds.
 *
 * A folder the store has no record of (the first build, `--no-cache`, a folder deleted by hand)
 * is written whole and swapped in, as there is nothing to compare with. Only a folder Matbuot
 * wrote itself (see output-folder.ts), or an empty or missing one, is ever replaced.
 */
export async function writeOutput(
  outDir: string,
  files: Iterable<OutputFile> | AsyncIterable<OutputFile>,
  store: SiteStore,
  options: CommitOptions = {}
): Promise<CommitResult> {
  await claimOutputFolder(outDir)
  await recoverOutput(outDir, store)
  const staging = stagingOf(outDir)
  await mkdir(staging)
  await markOutput(staging)
  const whole = !(exists(outDir) && store.hasOutputs(outDir))
  if (options.onlyThese && whole) throw new Error(`${outDir} has no record of its files to update some of them`)

  store.forgetStaged(outDir)
  let batch: StagedOutput[] = []
  const stage = (file: StagedOutput) => {
    batch.push(file)
    if (batch.length >= stagedPerBatch) flush()
  }
  const flush = () => {
    store.stageOutputs(outDir, batch)
    batch = []
  }
  const ensureFolder = folderMaker(staging)
  let written = 0
  let reused = 0
  const inFlight = new Set<Promise<void>>()
  const bundles = new Set<string>()
  try {
    for await (const file of files) {
      if ('bundle' in file && file.bundle !== undefined) bundles.add(file.bundle)
      const key = keyOf(file) ?? ''
      const before = whole ? undefined : store.output(outDir, file.path)
      if (key !== '' && before?.key === key) {
        stage({path: file.path, ...before, moved: false, changed: false})
        reused++
        continue
      }
      const content = 'copyFrom' in file ? await readFile(file.copyFrom) : file.render()
      const digest = ('digest' in file ? file.digest : undefined) ?? createHash('sha256').update(content).digest('hex')
      const changed = before?.key !== key || before.digest !== digest
      if (before?.digest === digest) {
        stage({path: file.path, key, digest, moved: false, changed})
        reused++
        continue
      }
      stage({path: file.path, key, digest, moved: true, changed: true})
      const target = join(staging, file.path)
      const task: Promise<void> = (async () => {
        await ensureFolder(dirname(target))
        await writeWhole(target, content)
        written++
        options.onWritten?.(written, file.path)
      })().finally(() => inFlight.delete(task))
      inFlight.add(task)
      if (inFlight.size >= writesInFlight) await Promise.race(inFlight)
    }
    flush()
    await Promise.all(inFlight)
  } catch (error) {
    await Promise.allSettled(inFlight)
    store.forgetStaged(outDir)
    await removeIfOurs(staging)
    throw error
  }

  if (whole) {
    await swapIn(staging, outDir, store)
    return {written, reused, removed: 0}
  }
  // The whole output given: every file it no longer has goes; some given: of the folders given whole, those they no longer have.
  const removed = options.onlyThese ? [...bundles].flatMap((folder) => store.unstagedOutputs(outDir, folder)) : store.unstagedOutputs(outDir)
  store.commitStaged(outDir, removed)
  await applyCommit(outDir, store)
  return {written, reused, removed: removed.length}
}

/**
 * Make each folder of the staging folder (which starts empty) once, after its parent, by one
 * mkdir. Files come grouped by release, so the folders made lately are all it need remember: one
 * forgotten and asked for again is found made.
 */
function folderMaker(staging: string): (folder: string) => Promise<unknown> {
  const made = new Map<string, Promise<unknown>>()
  const ensure = (folder: string): Promise<unknown> => {
    if (folder === staging) return Promise.resolve()
    let making = made.get(folder)
    if (!making) {
      making = ensure(dirname(folder)).then(() => mkdir(folder).catch(ignoreExisting))
      made.set(folder, making)
      // The oldest first: a Map iterates in insertion order.
      if (made.size > foldersRemembered) made.delete(made.keys().next().value!)
    }
    return making
  }
  return ensure
}

// The callback form: the promise form opens a FileHandle per file, which costs more than the write.
const writeWhole = promisify(writeFileCallback)

/** Finish a commit that a killed build recorded but did not carry out, and clear what it staged. */
export async function recoverOutput(outDir: string, store: SiteStore): Promise<void> {
  if (store.pendingCommit(outDir).length > 0) await applyCommit(outDir, store)
  await recoverInterruptedSwap(outDir)
  await removeIfOurs(stagingOf(outDir))
}

/** New files wait beside the output folder, on the same file system, so moving one in is a rename. */
function stagingOf(outDir: string): string {
  return `${outDir}.staging-matbuot`
}

/** Carry out a recorded commit's steps; each step can be run again safely. */
async function applyCommit(outDir: string, store: SiteStore): Promise<void> {
  const staging = stagingOf(outDir)
  const folders = new Map<string, Promise<unknown>>()
  const emptied = new Set<string>()
  for (const step of store.pendingCommit(outDir)) {
    const target = join(outDir, step.path)
    if (step.op === 'move') {
      const folder = dirname(target)
      if (!folders.has(folder)) folders.set(folder, mkdir(folder, {recursive: true}))
      await folders.get(folder)
      await rename(join(staging, step.path), target).catch(ignoreMissing)
    } else {
      await unlink(target).catch(ignoreMissing)
      emptied.add(dirname(target))
    }
  }
  // A clean build has no empty folders: remove the ones deleted files leave behind.
  for (const folder of [...emptied].sort((a, b) => b.length - a.length)) await removeEmptyFolders(folder, outDir)
  // A folder first written before outputs were marked gets its mark with its first update.
  await markOutput(outDir)
  store.finishCommit(outDir)
  await removeIfOurs(staging)
}

async function removeEmptyFolders(folder: string, outDir: string): Promise<void> {
  for (let current = folder; current.startsWith(`${outDir}/`); current = dirname(current)) {
    const gone = await rmdir(current).then(
      () => true,
      () => false
    )
    if (!gone) return
  }
}

/**
 * The whole output at once: the old folder is replaced by the staged one, the staged keys
 * recorded after. Between forgetting the old keys and recording the new ones the store knows no output,
 * so a build killed there writes the folder whole again.
 */
async function swapIn(staging: string, outDir: string, store: SiteStore): Promise<void> {
  store.forgetOutputs(outDir)
  const retired = `${outDir}.previous`
  await removeIfOurs(retired)
  const hadOutput = await rename(outDir, retired).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return false
      throw error
    }
  )
  await rename(staging, outDir)
  store.keepStaged(outDir)
  if (hadOutput) await removeOurs(retired)
}

/** A build killed between the two renames of a swap leaves only `<out>.previous`: put it back. */
async function recoverInterruptedSwap(outDir: string): Promise<void> {
  const retired = `${outDir}.previous`
  if (!(await isMarked(retired))) return
  if (!exists(outDir)) await rename(retired, outDir)
  else await removeOurs(retired)
}

/**
 * Remove a folder Matbuot left beside the output, never one of the same name that is not its own.
 * An empty one goes too: a build killed between making its staging folder and marking it leaves
 * just that, and an empty folder holds nothing to lose.
 */
async function removeIfOurs(folder: string): Promise<void> {
  if (await isMarked(folder)) await removeOurs(folder)
  else await rmdir(folder).catch(() => {})
}

/**
 * Remove a folder of the writer's, its mark last: a removal cut short (the build killed) leaves a
 * folder still known as Matbuot's, which the next build removes, never one it must refuse.
 */
async function removeOurs(folder: string): Promise<void> {
  const entries = await readdir(folder).catch(() => [])
  await Promise.all(entries.filter((name) => name !== outputMark).map((name) => rm(join(folder, name), {recursive: true, force: true})))
  await rm(folder, {recursive: true, force: true})
}

/** What decides whether a file must be made again; media copies by the source's stat. */
function keyOf(file: OutputFile): string | undefined {
  if (!('copyFrom' in file)) return file.key
  const {size, mtimeMs, ino} = statSync(file.copyFrom)
  return `copy:${size}:${mtimeMs}:${ino}`
}

function exists(path: string): boolean {
  try {
    statSync(path)
    return true
  } catch {
    return false
  }
}

function ignoreMissing(error: NodeJS.ErrnoException): void {
  if (error.code !== 'ENOENT') throw error
}

function ignoreExisting(error: NodeJS.ErrnoException): void {
  if (error.code !== 'EEXIST') throw error
}
