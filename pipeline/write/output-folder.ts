import {lstat, mkdir, readdir, realpath, rmdir, stat} from 'node:fs/promises'
import {dirname, isAbsolute, join, relative, sep} from 'node:path'
import {fileSystemReason, isFileSystemError, shownPath} from './file-system-error.ts'

/**
 * The mark the writer puts into every output folder, so a later build knows the folder is its own
 * to replace. An empty folder rather than a file: it adds no byte to what a host serves and no
 * entry to a list of the site's files, and unlike a record kept elsewhere it moves, and is
 * deleted, with the folder it marks.
 */
export const outputMark = '.matbuot-output'

/** Matbuot will not write to this output folder; the message says why and what to do instead. */
export class OutputFolderRefused extends Error {
  override readonly name = 'OutputFolderRefused'
}

/** A folder the output may not be or hold; nor, with `noneInside`, lie within. */
export interface ProtectedFolder {
  readonly path: string
  /** What it is, for messages, e.g. "the folder of the releases". */
  readonly role: string
  readonly noneInside: boolean
}

export interface OutputFolderRules {
  /** The folder as the user named it, e.g. `--out dist` (default: its path). */
  readonly label?: string
  readonly protect?: readonly ProtectedFolder[]
  /** Messages show paths relative to this folder (default: the working directory). */
  readonly root?: string
}

/**
 * Refuse an output folder whose replacement would destroy what Matbuot did not write: only a
 * missing or empty folder, or one holding the mark, may be replaced, and the folder it is written
 * beside must take new folders. Nothing is left behind: the one folder it makes to test that is removed at once.
 */
export async function checkOutputFolder(outDir: string, rules: OutputFolderRules = {}): Promise<void> {
  const show = (path: string) => shownPath(path, rules.root)
  const refuse = (why: string) => new OutputFolderRefused(`${rules.label ?? show(outDir)}: ${why}`)
  const {found, real} = await locate(outDir).catch((error: unknown) => {
    throw isFileSystemError(error) ? refuse(fileSystemReason(error)) : error
  })

  for (const folder of rules.protect ?? []) {
    const {real: guarded} = await locate(folder.path)
    const named = `${folder.role} (${show(folder.path)})`
    if (real === guarded) throw refuse(`refusing to replace ${named}; choose a folder of its own for the output`)
    if (isWithin(guarded, real)) throw refuse(`refusing to replace a folder that holds ${named}; choose a folder of its own for the output`)
    if (folder.noneInside && isWithin(real, guarded)) throw refuse(`refusing to write inside ${named}; choose a folder outside it`)
  }

  if (found === outDir) {
    const info = await lstat(outDir)
    if (info.isSymbolicLink()) throw refuse('is a symbolic link; give the folder itself, or another folder')
    if (!info.isDirectory()) throw refuse('is a file, not a folder; the output needs a folder of its own')
    if (!(await isMarked(outDir)) && (await readdir(outDir)).length > 0) {
      throw refuse(`holds files Matbuot did not write (it has no ${outputMark} mark); empty or remove it, or choose another folder`)
    }
  } else if (!(await stat(found)).isDirectory()) {
    throw refuse(`cannot be created: ${show(found)} is a file`)
  }

  // The new output is written beside the folder and renamed into its place. Asking the file
  // system is the only sure test: access() says yes to root where /proc still refuses.
  const home = found === outDir ? dirname(outDir) : found
  const probe = join(home, `.matbuot-probe-${process.pid}`)
  await mkdir(probe).then(
    () => rmdir(probe),
    (error: unknown) => {
      throw isFileSystemError(error) ? refuse(`cannot write into ${show(home)}: ${fileSystemReason(error)}`) : error
    }
  )
}

/**
 * What every writer does before it writes anything: refuse a folder it may not replace, then
 * make the folders above it, safely.
 */
export async function claimOutputFolder(outDir: string): Promise<void> {
  await checkOutputFolder(outDir)
  await makeFolders(dirname(outDir))
}

/** Mark a folder as the writer's own, to be replaced by the next build; marking twice is harmless. */
export async function markOutput(folder: string): Promise<void> {
  await mkdir(join(folder, outputMark)).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error
  })
}

/** Whether the writer made this folder (it holds the mark). */
export async function isMarked(folder: string): Promise<boolean> {
  return lstat(join(folder, outputMark)).then(
    (info) => info.isDirectory(),
    () => false
  )
}

/**
 * `mkdir -p`, one level at a time. Node's recursive mkdir loops forever where a file system
 * answers ENOENT for a folder whose parent exists (/proc does), so it is used only inside
 * folders this writer has already made.
 */
export async function makeFolders(folder: string): Promise<void> {
  const missing: string[] = []
  for (let current = folder; !(await exists(current)); current = dirname(current)) {
    missing.unshift(current)
    if (dirname(current) === current) break
  }
  for (const path of missing) {
    await mkdir(path).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error
    })
  }
}

/** The path itself if it exists, else its closest ancestor that does. */
async function nearestExisting(path: string): Promise<string> {
  for (let current = path; ; current = dirname(current)) {
    try {
      await lstat(current)
      return current
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if ((code !== 'ENOENT' && code !== 'ENOTDIR') || dirname(current) === current) throw error
    }
  }
}

/** The part of a path that exists, and where the path really is, symbolic links followed, whether or not it exists yet. */
async function locate(path: string): Promise<{found: string; real: string}> {
  const found = await nearestExisting(path)
  return {found, real: join(await realOrSelf(found), relative(found, path))}
}

/** A dangling symbolic link has no real path: it stands for itself. */
async function realOrSelf(path: string): Promise<string> {
  return realpath(path).catch(() => path)
}

async function exists(path: string): Promise<boolean> {
  return lstat(path).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return false
      throw error
    }
  )
}

/** True when `path` is strictly inside `folder`. */
function isWithin(path: string, folder: string): boolean {
  const rest = relative(folder, path)
  return rest !== '' && rest !== '..' && !rest.startsWith(`..${sep}`) && !isAbsolute(rest)
}
