import type {Point, Position} from 'unist'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {CatalogEntry} from '../diagnostics/catalog-entry.ts'

/** Where a render problem is and, when it is about a value, what the value should be and is. */
export interface ProblemPlace {
  readonly place: Point | Position | undefined
  readonly expected?: string
  readonly actual?: string
}

/** Record a catalog problem on the file, under the id that render-release.ts maps back to its entry. */
export function recordProblem<A extends readonly unknown[]>(
  file: VFile,
  where: ProblemPlace,
  entry: CatalogEntry<A>,
  ...args: NoInfer<A>
): VFileMessage {
  const message = file.message(entry.message(...args), {place: where.place, ruleId: entry.id, source: 'matbuot'})
  // vfile's three levels: true is an error, false a warning, undefined information.
  message.fatal = entry.severity === 'error' ? true : entry.severity === 'warning' ? false : undefined
  if (where.expected !== undefined) message.expected = [where.expected]
  if (where.actual !== undefined) message.actual = where.actual
  return message
}
