import type {Root} from 'mdast'
import type {Point} from 'unist'
import {visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import {normalizeUzbekApostrophesAt} from '../../load/uzbek-apostrophes.ts'

/**
 * Normalize oʻ, gʻ and ʼ in Uzbek Latin prose before anything else reads it. Only text is
 * touched (and image alt text): code, URLs and raw HTML keep every character they had.
 */
export default function normalizeUzbek() {
  return (tree: Root, file: VFile) => {
    if (!file.data.uzbekLatin) return
    let changes = 0
    visit(tree, (node) => {
      if (node.type === 'text' || (node.type === 'image' && typeof node.alt === 'string')) {
        const key = node.type === 'text' ? 'value' : 'alt'
        const before = (node as unknown as Record<string, string>)[key]!
        const result = normalizeUzbekApostrophesAt(before)
        ;(node as unknown as Record<string, string>)[key] = result.text
        changes += result.changes
        // Nodes are visited in reading order: the first one changed holds the first spot.
        if (result.first !== undefined && file.data.firstNormalizedSpot === undefined && node.position) {
          file.data.firstNormalizedSpot = spotIn(before, result.first, node.position.start, node.type === 'image' ? 2 : 0)
        }
      }
    })
    file.data.normalizedSpots = changes
  }
}

/** The line and column of `index` in a node's text, from where the node starts (`lead` skips `![`). */
function spotIn(text: string, index: number, start: Point, lead: number): {line: number; column: number} {
  const before = text.slice(0, index)
  const lines = before.split('\n')
  if (lines.length === 1) return {line: start.line, column: start.column + lead + index}
  // A later line of a paragraph: its indentation is not in the text, so the column is a close guess.
  return {line: start.line + lines.length - 1, column: lines.at(-1)!.length + 1}
}

declare module 'vfile' {
  interface DataMap {
    /** The file is Uzbek in Latin script, so its orthography is normalized. */
    uzbekLatin: boolean
    normalizedSpots: number
    /** Where the body's first normalized mark is, counted from the body's first line. */
    firstNormalizedSpot: {line: number; column: number}
  }
}
