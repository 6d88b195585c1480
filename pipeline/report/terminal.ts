import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import picocolors from 'picocolors'
import {formatDiagnostic, type Diagnostic} from '../diagnostics/diagnostic.ts'
import {codeFrame, sourceLines} from './code-frame.ts'

/** Colours only for a person at a terminal, and never when NO_COLOR is set. */
export const colors = picocolors.createColors(Boolean(process.stderr.isTTY) && !('NO_COLOR' in process.env) && process.env.TERM !== 'dumb')

const paint = {error: colors.red, warning: colors.yellow, info: colors.cyan} as const

/** One diagnostic, with the source line it points at and a caret under the column. */
export function describeDiagnostic(d: Diagnostic, root: string): string {
  const heading = formatDiagnostic(d).replace(` ${d.severity}`, ` ${paint[d.severity](d.severity)}`)
  const frame = d.line === undefined ? undefined : codeFrameOf(join(root, d.file), d.line, d.column)
  const hint = d.hint === undefined ? undefined : colors.dim(`${' '.repeat(5)} = hint: ${d.hint}`)
  return [heading, ...(frame ? [frame] : []), ...(hint ? [hint] : [])].join('\n')
}

/** The terminal's frame, gutter dimmed, caret in red; the file is read as it is now, so a preview shows each save's own lines. */
function codeFrameOf(path: string, line: number, column: number): string | undefined {
  let lines: string[]
  try {
    lines = sourceLines(readFileSync(path, 'utf8'))
  } catch {
    return undefined
  }
  return codeFrame(lines, line, column, {gutter: colors.dim, caret: colors.red})
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`
}
