import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import picocolors from 'picocolors'
import {formatDiagnostic, type Diagnostic} from '../diagnostics/diagnostic.ts'

/** Colours only for a person at a terminal, and never when NO_COLOR is set. */
export const colors = picocolors.createColors(Boolean(process.stderr.isTTY) && !('NO_COLOR' in process.env) && process.env.TERM !== 'dumb')

const paint = {error: colors.red, warning: colors.yellow, info: colors.cyan} as const

/** One diagnostic, with the source line it points at and a caret under the column. */
export function describeDiagnostic(d: Diagnostic, root: string): string {
  const heading = formatDiagnostic(d).replace(` ${d.severity}`, ` ${paint[d.severity](d.severity)}`)
  const frame = d.line === undefined ? undefined : codeFrame(join(root, d.file), d.line, d.column)
  const hint = d.hint === undefined ? undefined : colors.dim(`${' '.repeat(5)} = hint: ${d.hint}`)
  return [heading, ...(frame ? [frame] : []), ...(hint ? [hint] : [])].join('\n')
}

const sources = new Map<string, string[] | undefined>()

function codeFrame(path: string, line: number, column: number): string | undefined {
  if (!sources.has(path)) {
    try {
      sources.set(path, readFileSync(path, 'utf8').split(/\r?\n/))
    } catch {
      sources.set(path, undefined)
    }
  }
  const text = sources.get(path)?.[line - 1]
  if (text === undefined || text.trim() === '') return undefined
  const gutter = String(line).padStart(5)
  const shown = text.length > 120 ? `${text.slice(0, 117)}…` : text
  return `${colors.dim(`${gutter} |`)} ${shown}\n${colors.dim(`${' '.repeat(5)} |`)} ${' '.repeat(Math.min(column - 1, 120))}${colors.red('^')}`
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`
}
