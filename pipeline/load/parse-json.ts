import {catalog} from '../diagnostics/catalog.ts'
import {problem, report} from '../diagnostics/catalog-entry.ts'
import type {Diagnostic} from '../diagnostics/diagnostic.ts'

/** Parse a JSON file's text; a syntax error comes back as a diagnostic at the place JSON.parse names. */
export function parseJson(text: string, file: string): {data?: unknown; problems: Diagnostic[]} {
  try {
    return {data: JSON.parse(text) as unknown, problems: []}
  } catch (error) {
    return {problems: [report(file, problem(catalog.invalidSyntax, 'JSON', (error as Error).message), positionOfJsonError(text, error as Error))]}
  }
}

function positionOfJsonError(text: string, error: Error): {line: number; column: number} {
  const offset = Number(/position (\d+)/.exec(error.message)?.[1] ?? 0)
  const before = text.slice(0, offset).split('\n')
  return {line: before.length, column: before.at(-1)!.length + 1}
}
