import type {Element, Root} from 'hast'
import {visit} from 'unist-util-visit'

const prefix = 'user-content-'

/**
 * The sanitizer prefixes ids so content cannot clobber the page's own; links inside the
 * release (footnotes) must follow, or they would point nowhere.
 */
export default function linkClobberedFragments() {
  return (tree: Root) => {
    const ids = new Set<string>()
    visit(tree, 'element', (node: Element) => {
      if (typeof node.properties.id === 'string') ids.add(node.properties.id)
    })
    visit(tree, 'element', (node: Element) => {
      const href = node.properties.href
      if (node.tagName !== 'a' || typeof href !== 'string' || !href.startsWith('#')) return
      const target = href.slice(1)
      if (!ids.has(target) && ids.has(prefix + target)) node.properties.href = `#${prefix}${target}`
    })
  }
}
