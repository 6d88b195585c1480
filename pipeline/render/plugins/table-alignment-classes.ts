import type {Element, Root} from 'hast'
import {eachElement} from '../walk-tree.ts'

/** GFM column alignment arrives as the obsolete `align` attribute; HTML5 wants a class. */
export default function tableAlignmentClasses() {
  return (tree: Root) => {
    eachElement(tree, (node: Element) => {
      if ((node.tagName === 'td' || node.tagName === 'th') && typeof node.properties.align === 'string') {
        node.properties.className = [`align-${node.properties.align}`]
        delete node.properties.align
      }
    })
  }
}
