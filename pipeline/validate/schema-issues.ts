import type {z} from 'zod'
import {diagnostic, type Diagnostic} from '../diagnostics/diagnostic.ts'
import type {PositionedYaml} from '../load/read-yaml.ts'

/**
 * Turn schema issues into positioned diagnostics: each names its field, says what was
 * expected and shows what the file has ("got …"), pointing at the value in the YAML.
 */
export function schemaIssuesToDiagnostics(issues: readonly z.core.$ZodIssue[], yaml: PositionedYaml, file: string): Diagnostic[] {
  return issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const path = [...issue.path, key]
        return diagnostic('error', file, `unexpected key, expected one of the known fields (${knownFieldsHint(issue.path)})`, {
          ...yaml.locate(path, 'key'),
          field: fieldName(path)
        })
      })
    }
    if (issue.code === 'invalid_key') {
      // A record's key is wrong: point at the key and show it, not its value.
      const key = issue.path.at(-1)
      return issue.issues.map((inner) =>
        diagnostic('error', file, `${inner.message}, got ${JSON.stringify(String(key))}`, {
          ...yaml.locate(issue.path, 'key'),
          field: fieldName(issue.path)
        })
      )
    }
    const got = yaml.sourceOf(issue.path)
    const missing = issue.code === 'invalid_type' && got === undefined && isAbsent(yaml.data, issue.path)
    const message = missing ? `${issue.message}, but it is missing` : got === undefined ? issue.message : `${issue.message}, got ${got}`
    return [diagnostic('error', file, message, {...yaml.locate(issue.path), field: fieldName(issue.path)})]
  })
}

function fieldName(path: readonly PropertyKey[]): string {
  return path.map(String).join('.')
}

/** Where unknown keys are reported the schema is strict; the hint keeps the message short. */
function knownFieldsHint(path: readonly PropertyKey[]): string {
  return path.length === 0 ? 'see the README' : `under "${fieldName(path)}"`
}

function isAbsent(data: unknown, path: readonly PropertyKey[]): boolean {
  let node: unknown = data
  for (const segment of path) {
    if (node === null || typeof node !== 'object' || !(String(segment) in node)) return true
    node = (node as Record<string, unknown>)[String(segment)]
  }
  return node === undefined || node === null
}
