import type {z} from 'zod'
import {catalog} from '../diagnostics/catalog.ts'
import {problem, report} from '../diagnostics/catalog-entry.ts'
import {closestName} from '../diagnostics/closest-name.ts'
import type {Diagnostic} from '../diagnostics/diagnostic.ts'
import type {PositionedYaml} from '../load/read-yaml.ts'
import {keysAt} from './schema-keys.ts'
import {editorWording} from './schema-wording.ts'

/** Check YAML against a schema in the project's words; every issue comes back positioned. */
export function validateYaml<S extends z.ZodType>(
  schema: S,
  yaml: PositionedYaml,
  file: string,
  data: unknown = yaml.data
): {data?: z.output<S>; issues: z.core.$ZodIssue[]; problems: Diagnostic[]} {
  const result = schema.safeParse(data, {error: editorWording})
  if (result.success) return {data: result.data, issues: [], problems: []}
  return {issues: result.error.issues, problems: schemaIssuesToDiagnostics(result.error.issues, yaml, file, schema)}
}

/**
 * Turn schema issues into positioned diagnostics: each names its field, says what was
 * expected and shows what the file has ("got …"), pointing at the value in the YAML.
 */
export function schemaIssuesToDiagnostics(
  issues: readonly z.core.$ZodIssue[],
  yaml: PositionedYaml,
  file: string,
  schema: z.core.$ZodType
): Diagnostic[] {
  const typos = unknownKeys(issues, yaml.data, schema)
  // A field the editor typed under another name is not missing: the typo's message says so.
  const meant = new Set(typos.flatMap((typo) => (typo.meant === undefined ? [] : [fieldName([...typo.parent, typo.meant])])))
  const keyProblems = typos.map((typo) => {
    const path = [...typo.parent, typo.key]
    const where = {...yaml.locate(path, 'key'), field: fieldName(path), hint: knownFieldsHint(typo.parent, typo.known), actual: typo.key}
    return report(file, problem(catalog.unknownKey, typo.key, typo.meant), typo.meant === undefined ? where : {...where, expected: typo.meant})
  })
  const valueProblems = issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') return []
    if (issue.code === 'invalid_key') {
      // A record's key is wrong: point at the key and show it, not its value.
      const key = issue.path.at(-1)
      return issue.issues.map((inner) =>
        report(file, problem(catalog.invalidKeyName, inner.message, String(key)), {
          ...yaml.locate(issue.path, 'key'),
          field: fieldName(issue.path),
          ...expectedIn(inner.message),
          actual: String(key)
        })
      )
    }
    const missing = issue.code === 'invalid_type' && yaml.shown(issue.path) === undefined && isAbsent(yaml.data, issue.path)
    if (missing && meant.has(fieldName(issue.path))) return []
    const where = {...yaml.locate(issue.path), field: fieldName(issue.path), ...expectedIn(issue.message)}
    if (missing) return [report(file, problem(catalog.missingField, issue.message), where)]
    const shown = yaml.shown(issue.path)
    // A value that runs on to a later line is usually a line indented too far.
    const runsOnTo = shown && shown.lastLine > where.line ? shown.lastLine : undefined
    return [report(file, problem(catalog.invalidValue, issue.message, shown?.text, runsOnTo), shown ? {...where, actual: shown.text} : where)]
  })
  return [...keyProblems, ...valueProblems]
}

interface UnknownKey {
  readonly parent: readonly PropertyKey[]
  readonly key: string
  readonly known: readonly string[]
  readonly meant?: string
}

function unknownKeys(issues: readonly z.core.$ZodIssue[], data: unknown, schema: z.core.$ZodType): UnknownKey[] {
  return issues.flatMap((issue) => {
    if (issue.code !== 'unrecognized_keys') return []
    const known = keysAt(schema, issue.path)
    const absent = known.filter((name) => isAbsent(data, [...issue.path, name]))
    return issue.keys.map((key) => {
      const meant = closestName(key, absent)
      return {parent: issue.path, key, known, ...(meant === undefined ? {} : {meant})}
    })
  })
}

/** The "expected …" part of a message, for machines that want it apart from the wording around it. */
function expectedIn(message: string): {expected?: string} {
  const expected = /(?:^|, )expected (.+)$/.exec(message)?.[1]
  return expected === undefined ? {} : {expected}
}

function fieldName(path: readonly PropertyKey[]): string {
  return path.map(String).join('.')
}

function knownFieldsHint(parent: readonly PropertyKey[], known: readonly string[]): string {
  const where = parent.length === 0 ? '' : ` under \`${fieldName(parent)}\``
  return known.length === 0 ? 'the README lists the known fields' : `the known fields${where} are ${known.map((name) => `\`${name}\``).join(', ')}`
}

function isAbsent(data: unknown, path: readonly PropertyKey[]): boolean {
  let node: unknown = data
  for (const segment of path) {
    if (node === null || typeof node !== 'object' || !(String(segment) in node)) return true
    node = (node as Record<string, unknown>)[String(segment)]
  }
  return node === undefined || node === null
}
