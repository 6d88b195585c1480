import {isMap, isScalar, LineCounter, parseDocument, type Document} from 'yaml'
import {diagnostic, type Diagnostic} from '../diagnostics/diagnostic.ts'
import {stripXmlIllegalDeep} from './strip-xml-illegal.ts'

/** A YAML mapping with the means to point back at any of its keys and values. */
export interface PositionedYaml {
  readonly data: unknown
  /** Position in the whole file of the value at `path` (its key when `at` is 'key'). */
  locate(path: readonly PropertyKey[], at?: 'key' | 'value'): {line: number; column: number}
  /** The source text of a scalar at `path`, for "got …" in messages. */
  sourceOf(path: readonly PropertyKey[]): string | undefined
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
      problems: document.errors.map((error) => diagnostic('error', file, `invalid ${format}: ${firstSentence(error.message)}`, shift(error.pos[0])))
    }
  }

  const yaml: PositionedYaml = {
    data: stripXmlIllegalDeep(document.toJS()),
    locate(path, at = 'value') {
      return shift(offsetOf(document, path, at))
    },
    sourceOf(path) {
      const node = document.getIn(path as unknown[], true)
      return isScalar(node) && node.range ? text.slice(node.range[0], node.range[1]) : undefined
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

function firstSentence(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')
}
