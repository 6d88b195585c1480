import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {placeOf, problemOf, type Diagnostic} from '../diagnostics/diagnostic.ts'
import {codeFrame, sourceLines} from '../report/code-frame.ts'

/** One problem as the error overlay shows it. Every field may quote content: the page sets each only as text. */
export interface OverlayProblem {
  /** `file:line:column`, the file alone, or nothing when no file is to blame (the content folder gone). */
  readonly place?: string
  readonly message: string
  /** The line pointed at with a caret under the column, as the terminal shows it, without colours. */
  readonly frame?: string
  readonly hint?: string
}

/** A failed build's diagnostics for the overlay, each file read afresh so its frame shows the save that failed. */
export async function overlayProblems(diagnostics: readonly Diagnostic[], root: string): Promise<OverlayProblem[]> {
  const files = new Map<string, Promise<string[] | undefined>>()
  const linesOf = (file: string) => {
    let lines = files.get(file)
    if (!lines) files.set(file, (lines = readFile(join(root, file), 'utf8').then(sourceLines, () => undefined)))
    return lines
  }
  return Promise.all(
    diagnostics.map(async (d) => {
      const lines = d.line === undefined ? undefined : await linesOf(d.file)
      const frame = lines && d.line !== undefined ? codeFrame(lines, d.line, d.column) : undefined
      return {place: placeOf(d), message: problemOf(d), ...(frame ? {frame} : {}), ...(d.hint ? {hint: d.hint} : {})}
    })
  )
}
