/**
 * Characters XML 1.0 forbids (C0 controls but tab, LF and CR; U+FFFE, U+FFFF; lone surrogates) and
 * those HTML forbids as well (DEL, the C1 controls, noncharacters). One pasted from a word
 * processor makes a feed unreadable or a page invalid, and none is ever meant as text, so they are
 * removed from every source text as it is read: no page, feed or partner copy ever sees them.
 */
const noncharacters = Array.from(
  {length: 17},
  (_, plane) => `\\u{${(plane * 0x10000 + 0xfffe).toString(16)}}\\u{${(plane * 0x10000 + 0xffff).toString(16)}}`
).join('')
const illegal = new RegExp(`[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\uFDD0-\\uFDEF\\uD800-\\uDFFF${noncharacters}]`, 'gu')

export function stripXmlIllegal(text: string): string {
  return text.replace(illegal, '')
}

/** The same for every string inside parsed data (YAML and JSON escapes can spell them too). */
export function stripXmlIllegalDeep<T>(value: T): T {
  if (typeof value === 'string') return stripXmlIllegal(value) as T
  if (Array.isArray(value)) return value.map(stripXmlIllegalDeep) as T
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, stripXmlIllegalDeep(inner)])) as T
  }
  return value
}
