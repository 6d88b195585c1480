import {isMap, isScalar, LineCounter, parseDocument, Scalar, type Document} from 'yaml'
import {report} from '../diagnostics/catalog-entry.ts'
import type {Diagnostic} from '../diagnostics/diagnostic.ts'
import {stripXmlIllegalDeep} from './strip-xml-illegal.ts'
import {yamlSyntaxProblems} from './yaml-syntax-problems.ts'

/** A YAML mapping with the means to point back at any of its keys and values. */
export interface PositionedYaml {
  readonly data: unknown
  /** Position in the whole file of the value at `path` (its key when `at` is 'key'). */
  locate(path: readonly PropertyKey[], at?: 'key' | 'value'): {line: number; column: number}
  /** Where the `index`-th character of the text at `path` is, when it is written on one line; else where the value starts. */
  locateCharacter(path: readonly PropertyKey[], index: number): {line: number; column: number}
  /** A scalar at `path` as messages show it ("got …"): quoted, on one line, and the last line it runs on to. */
  shown(path: readonly PropertyKey[]): {text: string; lastLine: number} | undefined
}

/**
 * Parse YAML that starts at `firstLine` of `file` (front matter starts on line 2). JSON is YAML,
 * so a JSON file is read here too when its values must be pointed at (`format` names it in errors).
 * Syntax errors come back as diagnostics at their own line and column.
 */
export function readYaml(
  text: string,
  file: string,
  firstLine = 1,
  format: 'YAML' | 'JSON' = 'YAML'
): {yaml?: PositionedYaml; problems: Diagnostic[]} {
  const lineCounter = new LineCounter()
  const document = parseDocument(text, {lineCounter, prettyErrors: false, uniqueKeys: true})
  const shift = (offset: number) => {
    const {line, col} = lineCounter.linePos(offset)
    return {line: line + firstLine - 1, column: col}
  }

  if (document.errors.length > 0) {
    return {
      problems: yamlSyntaxProblems(text, document, document.errors, format).map((found) => report(file, found.problem, shift(found.offset)))
    }
  }

  const yaml: PositionedYaml = {
    data: stripXmlIllegalDeep(document.toJS()),
    locate(path, at = 'value') {
      return shift(offsetOf(document, path, at))
    },
    locateCharacter(path, index) {
      const node = document.getIn(path as unknown[], true)
      if (!isScalar(node) || !node.range) return shift(offsetOf(document, path, 'value'))
      const written = text.slice(node.range[0], node.range[1])
      const quoted = node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE
      // Escapes and folded lines move characters: then the value's start is the honest answer.
      const exact = !written.includes('\n') && !written.includes('\\') && !written.includes("''")
      return shift(node.range[0] + (exact ? index + (quoted ? 1 : 0) : 0))
    },
    shown(path) {
      const node = document.getIn(path as unknown[], true)
      if (!isScalar(node) || !node.range) return undefined
      return {
        text: shownValue(node.value, text.slice(node.range[0], node.range[1])),
        lastLine: shift(Math.max(node.range[0], node.range[1] - 1)).line
      }
    }
  }
  return {yaml, problems: []}
}

/** The deepest existing node on `path`: a missing key points at its parent mapping. */
function offsetOf(document: Document, path: readonly PropertyKey[], at: 'key' | 'value'): number {
  let node: unknown = document.contents
  let offset = rangeStart(node) ?? 0
  for (const [index, segment] of path.entries()) {
    if (!isMap(node) && !(node && typeof node === 'object' && 'items' in node)) break
    const items = (node as {items: unknown[]}).items
    const next = isMap(node) ? items.find((pair) => keyValue(pair) === String(segment)) : items[Number(segment)]
    if (next === undefined) break
    const isLast = index === path.length - 1
    if (isMap(node)) {
      const pair = next as {key: unknown; value: unknown}
      if (isLast && at === 'key') return rangeStart(pair.key) ?? offset
      node = pair.value
      offset = rangeStart(pair.value) ?? rangeStart(pair.key) ?? offset
    } else {
      node = next
      offset = rangeStart(next) ?? offset
    }
  }
  return offset
}

function keyValue(pair: unknown): string | undefined {
  const key = (pair as {key?: unknown}).key
  return isScalar(key) ? String(key.value) : undefined
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as {range?: [number, number, number]} | null)?.range
  return range ? range[0] : undefined
}

/** A string quoted as read (a value over several lines folded into one); a number or flag named, so it never passes for text. */
function shownValue(value: unknown, source: string): string {
  if (typeof value === 'string') return JSON.stringify(value)
  if (typeof value === 'number') return `the number ${source}`
  if (typeof value === 'boolean') return `the value ${source}`
  return JSON.stringify(source)
}
