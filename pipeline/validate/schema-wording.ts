import type {z} from 'zod'

const kinds: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping of fields',
  record: 'a mapping of fields'
}

/**
 * Our wording for every schema issue a field gives no message of its own: the schema library's
 * defaults ("Invalid input: expected number, received string") never reach an editor.
 */
export const editorWording: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${isWholeNumber(issue.inst) ? kinds.int : (kinds[issue.expected] ?? issue.expected)}`
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return 'expected a non-empty text'
      return `expected ${bound(issue.origin, issue.minimum, issue.inclusive, 'at least', 'above')}`
    case 'too_big':
      return `expected ${bound(issue.origin, issue.maximum, issue.inclusive, 'at most', 'below')}`
    case 'invalid_value':
      return `expected one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`
    case 'invalid_format':
      return issue.format === 'url'
        ? 'expected a URL'
        : issue.format === 'regex'
          ? 'expected a value of the documented form'
          : `expected a valid ${issue.format}`
    case 'not_multiple_of':
      return `expected a multiple of ${issue.divisor}`
    default:
      return 'expected a value of the documented form'
  }
}

function isWholeNumber(inst: unknown): boolean {
  const format = (inst as {_zod?: {def?: {format?: unknown}}} | undefined)?._zod?.def?.format
  return typeof format === 'string' && format.includes('int')
}

function bound(origin: string, limit: number | bigint, inclusive: boolean | undefined, within: string, beyond: string): string {
  if (origin === 'string') return `${within} ${limit} characters`
  if (origin === 'array' || origin === 'set') return `${within} ${limit} ${Number(limit) === 1 ? 'entry' : 'entries'}`
  return inclusive === false ? `a number ${beyond} ${limit}` : `a number ${within} ${limit}`
}
