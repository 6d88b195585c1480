import {catalog} from '../diagnostics/catalog.ts'
import {problem, type Problem} from '../diagnostics/catalog-entry.ts'

export interface SplitSource {
  /** The YAML between the fences. */
  readonly yaml: string
  /** File line (1-based) on which the YAML starts. */
  readonly yamlLine: number
  readonly body: string
  /** File line (1-based) on which the Markdown body starts. */
  readonly bodyLine: number
}

/** Separate `---`-fenced YAML front matter from the Markdown body. */
export function splitFrontMatter(text: string): SplitSource | {problem: Problem; line: number} {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  const lines = normalized.split('\n')
  if (lines[0]?.trimEnd() !== '---') {
    return {problem: problem(catalog.noFrontMatter), line: 1}
  }
  const close = lines.findIndex((line, index) => index > 0 && line.trimEnd() === '---')
  if (close === -1) return {problem: problem(catalog.unclosedFrontMatter), line: 1}
  return {
    yaml: lines.slice(1, close).join('\n'),
    yamlLine: 2,
    body: lines.slice(close + 1).join('\n'),
    bodyLine: close + 2
  }
}
