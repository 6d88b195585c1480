import {catalog} from '../diagnostics/catalog.ts'
import {CatalogError} from '../diagnostics/catalog-entry.ts'
import {fileSystemProblem, isFileSystemError} from '../write/file-system-error.ts'
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
  SourceChanged: 1,
  MissingTranslation: 1
}

// A file-system error on Matbuot's own files is a broken install or a bug: it keeps its stack.
const ownFiles = [projectFile('pipeline'), projectFile('node_modules')]

/** The one line, exit status and catalog id (when it has one) of an expected failure; undefined for a bug, which should keep its stack. */
export function expectedFailure(error: unknown): {message: string; status: number; id?: string} | undefined {
  if (!(error instanceof Error)) return undefined
  const status = exitStatusOf[error.name]
  // cac words its own refusals (an unknown option, a missing value); they are still usage mistakes.
  const id = error instanceof CatalogError ? error.id : error.name === 'CACError' ? catalog.unreadableCommandLine.id : undefined
  if (status !== undefined) return {message: error.message, status, ...(id === undefined ? {} : {id})}
  if (isFileSystemError(error) && !ownFiles.some((folder) => error.path.startsWith(folder))) {
    const found = fileSystemProblem(error)
    return {message: found.message, status: 2, id: found.id}
  }
  return undefined
}
