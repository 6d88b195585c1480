import type {Element, Root} from 'hast'
import {eachElement} from '../walk-tree.ts'
import type {VFile} from 'vfile'

/**
 * A version generated in another script links to the pages of its own language: a link from
 * the Latin text to `/uz/…` becomes `/uz-cyrl/…` in the Cyrillic one.
 */
export default function relocalizeLinks() {
  return (tree: Root, file: VFile) => {
    const prefixes = file.data.linkPrefixes
    if (!prefixes) return
    eachElement(tree, (node: Element) => {
      const href = node.properties.href
      if (node.tagName === 'a' && typeof href === 'string' && href.startsWith(prefixes.from))
        node.properties.href = prefixes.to + href.slice(prefixes.from.length)
    })
  }
}

declare module 'vfile' {
  interface DataMap {
    linkPrefixes: {readonly from: string; readonly to: string}
  }
}
