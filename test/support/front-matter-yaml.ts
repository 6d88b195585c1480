/** A front-matter value as the corpora write it: text, numbers, flags, lists and nested mappings. */
export type YamlValue = string | number | boolean | readonly string[] | {readonly [key: string]: YamlValue | undefined}

export interface SourceOptions {
  /**
   * Write C0 controls, U+FFFE and U+FFFF into the YAML as raw characters, which the loader strips as it
   * reads the file, instead of as YAML escapes, which spell them again after parsing (default: `false`).
   */
  readonly rawControls?: boolean
}

/**
 * A release source file: YAML front matter with every string double-quoted, then the body. Unlike
 * `release()` in site-fixture.ts this writes nested mappings as YAML, and any character as given.
 */
export function releaseSource(fields: Readonly<Record<string, YamlValue | undefined>>, body: string, options: SourceOptions = {}): string {
  return `---\n${mapping(fields, '', options)}---\n${body}\n`
}

function mapping(fields: Readonly<Record<string, YamlValue | undefined>>, indent: string, options: SourceOptions): string {
  return Object.entries(fields)
    .filter((entry): entry is [string, YamlValue] => entry[1] !== undefined)
    .map(([key, value]) => {
      if (typeof value === 'object' && !Array.isArray(value))
        return `${indent}${key}:\n${mapping(value as Record<string, YamlValue>, `${indent}  `, options)}`
      return `${indent}${key}: ${scalar(value as Exclude<YamlValue, object> | readonly string[], options)}\n`
    })
    .join('')
}

function scalar(value: string | number | boolean | readonly string[], options: SourceOptions): string {
  if (Array.isArray(value)) return `[${value.map((item) => quoted(item, options)).join(', ')}]`
  return typeof value === 'string' ? quoted(value, options) : String(value)
}

// YAML double-quoted scalars: escape what YAML would not read back as written.
function quoted(text: string, options: SourceOptions): string {
  let out = '"'
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    const char = text[i]!
    const lone =
      (code >= 0xd800 && code <= 0xdbff && !isLow(text.charCodeAt(i + 1))) || (code >= 0xdc00 && code <= 0xdfff && !isHigh(text.charCodeAt(i - 1)))
    const xmlIllegal = (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0xfffe || code === 0xffff
    if (char === '"' || char === '\\') out += `\\${char}`
    else if (char === '\n') out += '\\n'
    else if (char === '\r') out += '\\r'
    else if (xmlIllegal && options.rawControls) out += char
    else if (xmlIllegal || lone || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029)
      out += `\\u${code.toString(16).padStart(4, '0')}`
    else out += char
  }
  return `${out}"`
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff
