import {isScalar, Scalar, visit, type Document, type YAMLError} from 'yaml'
import {catalog} from '../diagnostics/catalog.ts'
import {problem, type Problem} from '../diagnostics/catalog-entry.ts'

/** A syntax problem in words an editor reads, at the offset in the YAML text it is about. */
export interface SyntaxProblem {
  readonly offset: number
  readonly problem: Problem
}

// The parser's own words for an over-indented key: it sees a key spanning two lines.
const indentationCodes = new Set(['MULTILINE_IMPLICIT_KEY', 'BLOCK_AS_IMPLICIT_KEY', 'BAD_INDENT'])

/**
 * Explain the parser's errors by what the editor did: a key indented too far, a quote left open.
 * The parser reports where it gave up (often lines later); these point where the mistake is.
 */
export function yamlSyntaxProblems(text: string, document: Document, errors: readonly YAMLError[], format: 'YAML' | 'JSON'): SyntaxProblem[] {
  const unclosed = errors.find((error) => error.code === 'MISSING_CHAR' && /quote/.test(error.message))
  if (unclosed)
    return [
      unclosedQuote(document, unclosed.pos[0]) ?? {
        offset: unclosed.pos[0],
        problem: problem(catalog.unclosedQuote, unclosed.message.includes("'") ? "'" : '"')
      }
    ]
  if (format === 'YAML' && errors.some((error) => indentationCodes.has(error.code))) {
    const key = overIndentedKey(text)
    if (key) return [key]
  }
  return errors.map((error) => ({offset: error.pos[0], problem: problem(catalog.invalidSyntax, format, firstSentence(error.message))}))
}

/** The quoted text that runs to the end of the input: its opening mark is where to look. */
function unclosedQuote(document: Document, end: number): SyntaxProblem | undefined {
  let found: Scalar | undefined
  visit(document, {
    Scalar(_, node) {
      if (isScalar(node) && node.range?.[1] === end && (node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE)) found = node
    }
  })
  if (!found?.range) return undefined
  return {offset: found.range[0], problem: problem(catalog.unclosedQuote, found.type === Scalar.QUOTE_DOUBLE ? '"' : "'")}
}

const keyLine = /^( *)(?:- +)?([A-Za-z_][\w.-]*) *:(?: |$)/
// A key with its value on the same line: nothing may be nested under it.
const keyWithValue = /^( *)(?:- +)?([A-Za-z_][\w.-]*) *: +[^\s|>#]/

/** The first key indented deeper than a key above it that already has its value. */
function overIndentedKey(text: string): SyntaxProblem | undefined {
  let offset = 0
  let above: {indent: number; key: string} | undefined
  for (const line of text.split('\n')) {
    const key = keyLine.exec(line)
    if (key && above && keyIndent(line) > above.indent) {
      return {offset: offset + keyIndent(line), problem: problem(catalog.overIndentedKey, key[2]!, above.key, above.indent)}
    }
    if (line.trim() !== '' && !line.trimStart().startsWith('#')) {
      const withValue = keyWithValue.exec(line)
      above = withValue ? {indent: keyIndent(line), key: withValue[2]!} : undefined
    }
    offset += line.length + 1
  }
  return undefined
}

/** Where a key starts on its line, after the indentation and any list mark. */
function keyIndent(line: string): number {
  const rest = line.trimStart()
  return line.length - rest.length + (rest.match(/^- +/)?.[0].length ?? 0)
}

function firstSentence(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')
}
