/**
 * A YAML front matter block from an ordered record. Strings are written double-quoted as JSON
 * writes them (a subset of YAML), so no title, colon or Cyrillic letter can change their meaning.
 */
export type FrontMatterValue = string | number | Raw | readonly string[] | Readonly<Record<string, string | number>>

/** Written as is: dates, which the generators must read as timestamps, not as text. */
export interface Raw {
  readonly raw: string
}

export const raw = (text: string): Raw => ({raw: text})

function scalar(value: string | number | Raw): string {
  if (typeof value === 'number') return String(value)
  if (typeof value === 'string') return JSON.stringify(value)
  return value.raw
}

export function frontMatter(fields: Readonly<Record<string, FrontMatterValue | undefined>>): string {
  const lines = ['---']
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue
    if (Array.isArray(value)) lines.push(`${key}: [${value.map((item) => scalar(item)).join(', ')}]`)
    else if (typeof value === 'object' && !('raw' in value)) {
      lines.push(`${key}:`)
      for (const [inner, innerValue] of Object.entries(value)) lines.push(`  ${inner}: ${scalar(innerValue)}`)
    } else lines.push(`${key}: ${scalar(value as string | number | Raw)}`)
  }
  lines.push('---', '')
  return lines.join('\n')
}
