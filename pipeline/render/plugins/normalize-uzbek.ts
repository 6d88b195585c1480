import type {Root} from 'mdast'
import {visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import {normalizeUzbekApostrophes} from '../../load/uzbek-apostrophes.ts'

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
        const result = normalizeUzbekApostrophes((node as unknown as Record<string, string>)[key]!)
        ;(node as unknown as Record<string, string>)[key] = result.text
        changes += result.changes
      }
    })
    file.data.normalizedSpots = changes
  }
}

declare module 'vfile' {
  interface DataMap {
    /** The file is Uzbek in Latin script, so its orthography is normalized. */
    uzbekLatin: boolean
    normalizedSpots: number
  }
}
