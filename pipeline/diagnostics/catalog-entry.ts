import {diagnostic, type Diagnostic, type Severity} from './diagnostic.ts'

/** One kind of problem, as data: tools match on `id`, editors read `message` and `hint`. */
export interface CatalogEntry<A extends readonly unknown[] = never[]> {
  /** Stable once published, e.g. `MB1101`; never reused for another problem. */
  readonly id: `MB${number}`
  readonly severity: Severity
  /** What the problem is, in a few words (the docs page's heading). */
  readonly title: string
  readonly message: (...args: A) => string
  /** What to do about it. */
  readonly hint?: string
  /** Arguments for the message shown on the docs page. */
  readonly example: A
}

/** A problem worded from its entry, not yet tied to a file. */
export interface Problem {
  readonly id: string
  readonly severity: Severity
  readonly message: string
  readonly hint?: string
}

type Where = Parameters<typeof diagnostic>[3]

export function problem<A extends readonly unknown[]>(entry: CatalogEntry<A>, ...args: NoInfer<A>): Problem {
  return {id: entry.id, severity: entry.severity, message: entry.message(...args), ...(entry.hint === undefined ? {} : {hint: entry.hint})}
}

/** A problem in `file`; a hint given with the place (e.g. the fields known there) replaces the entry's. */
export function report(file: string, found: Problem, where: Where = {}): Diagnostic {
  const hint = where?.hint ?? found.hint
  return diagnostic(found.severity, file, found.message, {...where, id: found.id, ...(hint === undefined ? {} : {hint})})
}

/** A failure that stops a command, worded from its entry; it keeps the id for tools to match on. */
export class CatalogError extends Error {
  readonly id: string
  readonly hint?: string
  constructor(found: Problem, options?: ErrorOptions) {
    super(found.message, options)
    this.id = found.id
    if (found.hint !== undefined) this.hint = found.hint
  }
}
