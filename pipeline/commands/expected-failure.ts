import {describeFileSystemError, isFileSystemError} from '../write/file-system-error.ts'
import {projectFile} from '../runtime.ts'

/**
 * The failures a command explains in one line, by error name, with the exit status each gives:
 * 1 for a mistyped command line, 2 for a place Matbuot cannot or will not work in.
 */
const exitStatusOf: Readonly<Record<string, number>> = {
  UsageError: 1,
  CACError: 1,
  ProjectNotFound: 2,
  OutputFolderRefused: 2,
  PortUnavailable: 2,
  SourceChanged: 1
}

// A file-system error on Matbuot's own files is a broken install or a bug: it keeps its stack.
const ownFiles = [projectFile('pipeline'), projectFile('node_modules')]

/** The one line and exit status for an expected failure; undefined for a bug, which should keep its stack. */
export function expectedFailure(error: unknown): {message: string; status: number} | undefined {
  if (!(error instanceof Error)) return undefined
  const status = exitStatusOf[error.name]
  if (status !== undefined) return {message: error.message, status}
  if (isFileSystemError(error) && !ownFiles.some((folder) => error.path.startsWith(folder)))
    return {message: describeFileSystemError(error), status: 2}
  return undefined
}
