import {isAbsolute, relative, sep} from 'node:path'
import {catalog} from '../diagnostics/catalog.ts'
import {problem, type Problem} from '../diagnostics/catalog-entry.ts'

/** A file-system failure as Node reports it: what it tried (`syscall`) on which path, and why (`code`). */
export interface FileSystemError extends Error {
  readonly code: string
  readonly path: string
  readonly syscall?: string
  readonly dest?: string
}

// The failures a person can fix by choosing another path, freeing space or changing a permission.
const reasons: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or folder',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'it is a folder, expected a file',
  EEXIST: 'it already exists',
  ENOTEMPTY: 'the folder is not empty',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is used up',
  ENAMETOOLONG: 'the name is too long',
  ELOOP: 'too many symbolic links',
  EBUSY: 'it is in use (a mount point?)',
  EXDEV: 'it is on another file system'
}

const verbs: Readonly<Record<string, string>> = {
  copyfile: 'copy',
  link: 'link',
  lstat: 'look at',
  mkdir: 'create',
  open: 'open',
  read: 'read',
  rename: 'move',
  rm: 'remove',
  rmdir: 'remove',
  scandir: 'list',
  stat: 'look at',
  unlink: 'remove',
  write: 'write'
}

/** True for a failure of the file system, not of Matbuot, on a path it names. */
export function isFileSystemError(error: unknown): error is FileSystemError {
  if (!(error instanceof Error)) return false
  const {code, path} = error as Partial<FileSystemError>
  return typeof code === 'string' && Object.hasOwn(reasons, code) && typeof path === 'string'
}

/** Why a file-system call failed, in words, e.g. "the file system is read-only". */
export function fileSystemReason(error: FileSystemError): string {
  // Some file systems (/proc) answer ENOENT for a new folder whose parent exists.
  if (error.code === 'ENOENT' && error.syscall === 'mkdir') return 'the file system there does not take new folders'
  return reasons[error.code] ?? error.code
}

/** What failed on which path, e.g. "cannot create /ro/site: the file system is read-only". */
export function fileSystemProblem(error: FileSystemError, root = process.cwd()): Problem {
  const verb = verbs[error.syscall ?? ''] ?? 'use'
  const target = error.dest === undefined ? '' : ` to ${shownPath(error.dest, root)}`
  return problem(catalog.fileSystemFailure, `${verb} ${shownPath(error.path, root)}${target}`, fileSystemReason(error))
}

/** A path as a person in `root` would type it: relative when inside, absolute otherwise. */
export function shownPath(path: string, root = process.cwd()): string {
  const inside = relative(root, path)
  if (inside === '') return '.'
  return inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside) ? path : inside
}
