import type {Element, Root} from 'hast'
import {visit} from 'unist-util-visit'

/** GFM column alignment arrives as the obsolete `align` attribute; HTML5 wants a class. */
export default function tableAlignmentClasses() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if ((node.tagName === 'td' || node.tagName === 'th') && typeof node.properties.align === 'string') {
        node.properties.className = [`align-${node.properties.align}`]
        delete node.properties.align
      }
    })
  }
}
