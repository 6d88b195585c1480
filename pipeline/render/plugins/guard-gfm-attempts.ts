import type {Root, Text} from 'mdast'
import type {Extension as FromMarkdownExtension, Transform} from 'mdast-util-from-markdown'
import type {Code, Construct, ConstructRecord, Extension, State, TokenizeContext} from 'micromark-util-types'
import type {Processor} from 'unified'
import {EXIT, visit} from 'unist-util-visit'

/**
 * GFM makes parsing dearer even in prose that uses none of it, through three attempts that
 * fail: micromark tries a literal email autolink (`press@dunyo.uz`) at the start of every word,
 * and a table at the start of every line, reading on before it rewinds; then a transform
 * searches every text node with four patterns for literal links micromark left.
 *
 * Used after remark-gfm, this plugin makes each attempt only where the document could hold what
 * it looks for: an email where the word goes on to an `@`, a table from the line before the
 * first line that could be a delimiter row (`| --- | :-: |`) on, the transform on a tree with a
 * text holding `@`, `://` or `www.`. Every email, table and link passes its test, so what is
 * parsed is unchanged: the same tree, the same positions, fewer attempts that fail.
 */
export default function guardGfmAttempts(this: Processor): void {
  const parse = this.parser
  if (!parse) throw new Error('guardGfmAttempts needs a parser before it (remark-parse)')
  this.parser = (document, file) => {
    const outer = parsing
    parsing = new ParsedDocument(document)
    try {
      return parse(document, file)
    } finally {
      parsing = outer
    }
  }
  const data = this.data()
  data.micromarkExtensions = (data.micromarkExtensions ?? []).map(withGuardedConstructs)
  data.fromMarkdownExtensions = (data.fromMarkdownExtensions ?? []).map((extension) =>
    Array.isArray(extension) ? extension.map(withGuardedTransforms) : withGuardedTransforms(extension)
  )
}

/**
 * The document being parsed, which micromark's constructs do not see: set around each parse.
 * Outside a parse this plugin wrapped, every attempt is made.
 */
let parsing: ParsedDocument | undefined

class ParsedDocument {
  // micromark counts offsets after a byte order mark.
  private readonly shift: number
  private tableStart: number | undefined

  constructor(private readonly text: string) {
    this.shift = text.charCodeAt(0) === 0xfeff ? 1 : 0
  }

  /** Whether the run of email characters (letters, digits, `+ - . _`) at this offset ends in an `@`, as a literal email's does. */
  wordReachesAtSign(offset: number): boolean {
    const {text} = this
    let index = offset + this.shift
    while (index < text.length && isEmailCharacter(text.charCodeAt(index))) index++
    return text.charCodeAt(index) === 64
  }

  /** Whether a table can start at this offset: from the line before the first that could be a delimiter row on. */
  tableMayStartAt(offset: number): boolean {
    this.tableStart ??= firstTableHead(this.text)
    return offset + this.shift >= this.tableStart
  }
}

function isEmailCharacter(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code === 43 ||
    code === 45 ||
    code === 46 ||
    code === 95
  )
}

/**
 * A line that could be a table's delimiter row: dashes with pipes, colons, spaces and tabs,
 * and whatever a container puts before it (`>`, list markers). Loose on purpose: a line it
 * lets through costs an attempt, a line it wrongly stopped would lose a table. No dash is
 * allowed before the first one, so each line is read once, never backtracked over.
 */
const delimiterLike = /^[\t >|:*+.)0-9]*-[\t >|:\-*+.)0-9]*$/m

/** Where the line before the first delimiter-like line starts (a table's head row is there), or the end when there is none. */
function firstTableHead(text: string): number {
  const found = delimiterLike.exec(text)
  if (!found) return Infinity
  let end = found.index - 1
  if (end > 0 && text[end] === '\n' && text[end - 1] === '\r') end--
  return Math.max(text.lastIndexOf('\n', end - 1), text.lastIndexOf('\r', end - 1)) + 1
}

/** An extension whose email autolink and table constructs are tried only where they could succeed. */
function withGuardedConstructs(extension: Extension): Extension {
  const {text, flow} = extension
  return {
    ...extension,
    ...(text ? {text: guardedRecord(text, 'emailAutolink', guardedEmail)} : {}),
    ...(flow ? {flow: guardedRecord(flow, 'table', guardedTable)} : {})
  }
}

function guardedRecord(record: ConstructRecord, name: string, guard: (construct: Construct) => Construct): ConstructRecord {
  const guarded = new Map<Construct, Construct>()
  const once = (construct: Construct): Construct => {
    if (construct.name !== name) return construct
    let made = guarded.get(construct)
    if (!made) guarded.set(construct, (made = guard(construct)))
    return made
  }
  return Object.fromEntries(
    Object.entries(record).map(([code, constructs]) => [code, Array.isArray(constructs) ? constructs.map(once) : once(constructs as Construct)])
  )
}

function guardedEmail(construct: Construct): Construct {
  const previous = construct.previous
  if (!previous) return construct
  return {
    ...construct,
    previous(this: TokenizeContext, code: Code) {
      return previous.call(this, code) && (parsing?.wordReachesAtSign(this.now().offset) ?? true)
    }
  }
}

function guardedTable(construct: Construct): Construct {
  const tokenize = construct.tokenize
  return {
    ...construct,
    tokenize(this: TokenizeContext, effects, ok, nok): State {
      if (parsing && !parsing.tableMayStartAt(this.now().offset)) return nok
      return tokenize.call(this, effects, ok, nok)
    }
  }
}

/** The literal autolinks' mdast extension (the one that turns their tokens into links), its transforms run only where a text could hold one. */
function withGuardedTransforms(extension: FromMarkdownExtension): FromMarkdownExtension {
  if (!extension.enter?.['literalAutolink'] || !extension.transforms) return extension
  return {...extension, transforms: extension.transforms.map(guardedTransform)}
}

function guardedTransform(transform: Transform): Transform {
  return (tree) => (mayHoldLiteralAutolink(tree) ? transform(tree) : undefined)
}

/** Every pattern of the autolink transform needs an `@` (emails, mailto:, xmpp:), `://` or `www.` in one text node. */
const linkLike = /@|:\/\/|www\./i

function mayHoldLiteralAutolink(tree: Root): boolean {
  let found = false
  visit(tree, 'text', (node: Text) => {
    if (!linkLike.test(node.value)) return
    found = true
    return EXIT
  })
  return found
}
