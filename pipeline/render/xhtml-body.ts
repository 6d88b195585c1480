import type {Root} from 'hast'
import {toXast} from 'hast-util-to-xast'
import type {Element} from 'xast'
import {xmlFragment} from './xml-document.ts'

/**
 * A body tree as XHTML, for formats that carry XML (NewsML-G2's `inlineXML`): each element and
 * attribute written as XML in the XHTML namespace that the document around it declares, so no
 * markup of the body can break that document. Made from the rendered tree, never from its HTML.
 */
export function xhtmlBodyOf(tree: Root): string {
  // Converted inside one stand-in element, which alone declares the namespace, then left out.
  const wrapper = toXast({type: 'element', tagName: 'div', properties: {}, children: tree.children.filter((node) => node.type !== 'doctype')})
  return xmlFragment((wrapper as Element).children, {indent: '', encoding: 'UTF-8', ampersand: '&amp;'})
}
