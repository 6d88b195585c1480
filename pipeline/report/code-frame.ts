/** How a frame's gutter and caret are drawn: in colour at a terminal, as they are elsewhere. */
export interface FramePaint {
  readonly gutter: (text: string) => string
  readonly caret: (text: string) => string
}

const plain: FramePaint = {gutter: (text) => text, caret: (text) => text}

/** A file's text as lines, whichever line ending it uses. */
export function sourceLines(text: string): string[] {
  return text.split(/\r?\n/)
}

/**
 * The line a problem points at (1-based `line` and `column`), cut to 120 characters, with a caret
 * under the column; undefined when that line is missing or blank. Plain text unless `paint` says
 * otherwise (default: plain).
 */
export function codeFrame(lines: readonly string[], line: number, column: number, paint: FramePaint = plain): string | undefined {
  const text = lines[line - 1]
  if (text === undefined || text.trim() === '') return undefined
  const gutter = String(line).padStart(5)
  const shown = text.length > 120 ? `${text.slice(0, 117)}…` : text
  return `${paint.gutter(`${gutter} |`)} ${shown}\n${paint.gutter(`${' '.repeat(5)} |`)} ${' '.repeat(Math.min(column - 1, 120))}${paint.caret('^')}`
}
