export type Severity = 'error' | 'warning' | 'info'

/** A 1-based line and column, or neither when the problem is with the file as a whole. */
export type Position = {readonly line: number; readonly column: number} | {readonly line?: undefined; readonly column?: undefined}

/** One problem found in an input file, positioned when it has a place an editor can jump to. */
export type Diagnostic = Position & {
  readonly severity: Severity
  /** The catalog entry's stable id (e.g. `MB1101`), for tools to match on instead of the wording. */
  readonly id?: string
  /** Path relative to the project root, e.g. `content/2022/08/x.ru.md`. */
  readonly file: string
  /** The front-matter key or config field the problem is about, when there is one. */
  readonly field?: string
  readonly message: string
  /** What the field should hold and what it holds, when the problem is a value (`actual` as the message quotes it). */
  readonly expected?: string
  readonly actual?: string
  /** Other files involved (collisions, disagreeing translations). */
  readonly related?: readonly string[]
  /** What to do about it, when the message alone does not say. */
  readonly hint?: string
}

export function diagnostic(
  severity: Severity,
  file: string,
  message: string,
  where: {
    line?: number
    column?: number
    field?: string
    related?: readonly string[]
    hint?: string
    id?: string
    expected?: string
    actual?: string
  } = {}
): Diagnostic {
  // A line without a column points at the start of that line.
  const position: Position = where.line === undefined ? {} : {line: where.line, column: where.column ?? 1}
  return {
    severity,
    ...(where.id === undefined ? {} : {id: where.id}),
    file,
    ...position,
    ...(where.field === undefined ? {} : {field: where.field}),
    message,
    ...(where.expected === undefined ? {} : {expected: where.expected}),
    ...(where.actual === undefined ? {} : {actual: where.actual}),
    ...(where.related === undefined ? {} : {related: where.related}),
    ...(where.hint === undefined ? {} : {hint: where.hint})
  }
}

const severityRank: Record<Severity, number> = {error: 0, warning: 1, info: 2}

/** Errors first, then by file and position: the order editors read them in; each problem once. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  const unique = [...new Map(list.map((d) => [formatDiagnostic(d), d])).values()]
  return unique.sort(
    (a, b) =>
      severityRank[a.severity] - severityRank[b.severity] ||
      compareStrings(a.file, b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      compareStrings(a.message, b.message)
  )
}

export function hasErrors(list: readonly Diagnostic[]): boolean {
  return list.some((d) => d.severity === 'error')
}

/** `file:line:column severity "field": message` — the shape editors' tools link; `file severity ...` when there is no position. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${placeOf(d)} ${problemOf(d)}`
}

/** `file:line:column`, or the file alone when the problem has no position. */
export function placeOf(d: Diagnostic): string {
  return d.line === undefined ? d.file : `${d.file}:${d.line}:${d.column}`
}

/** `severity "field": message (see also …)`: what follows the place. */
export function problemOf(d: Diagnostic): string {
  const field = d.field === undefined ? '' : ` "${d.field}":`
  const related = d.related && d.related.length > 0 ? ` (see also ${d.related.join(', ')})` : ''
  return `${d.severity}${field} ${d.message}${related}`
}

/** Code-unit order, so sorting never depends on the machine's locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
