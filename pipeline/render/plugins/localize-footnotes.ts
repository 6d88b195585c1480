import type {Element, Root} from 'hast'
import {decodePercentEscapes} from '../url-problem.ts'
import {eachElement} from '../walk-tree.ts'
import type {VFile} from 'vfile'

export interface FootnoteLabels {
  /** Heading of the notes section, e.g. "Примечания". */
  readonly label: string
  /** Accessible name of a back link, given the reference number. */
  readonly backLabel: (reference: string) => string
}

/**
 * remark-rehype writes its footnote words in English and the processor is shared by every
 * language, so the words are replaced here from the file's own locale.
 */
export default function localizeFootnotes() {
  return (tree: Root, file: VFile) => {
    const labels = file.data.footnoteLabels
    if (!labels) return
    eachElement(tree, (node: Element) => {
      if (node.tagName === 'h2' && String(node.properties.id ?? '').endsWith('footnote-label')) {
        node.children = [{type: 'text', value: labels.label}]
      }
      if (node.tagName === 'a' && node.properties.dataFootnoteBackref !== undefined) {
        const reference = /fnref-(.+)$/.exec(String(node.properties.href))?.[1] ?? ''
        node.properties.ariaLabel = labels.backLabel(decodePercentEscapes(reference.replace(/-\d+$/, '')))
      }
    })
  }
}

declare module 'vfile' {
  interface DataMap {
    footnoteLabels: FootnoteLabels
  }
}
