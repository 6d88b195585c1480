import type {Element, Root} from 'hast'
import {eachElement} from '../walk-tree.ts'

const prefix = 'user-content-'

/**
 * The sanitizer prefixes ids so content cannot clobber the page's own; links inside the
 * release (footnotes) must follow, or they would point nowhere.
 */
export default function linkClobberedFragments() {
  return (tree: Root) => {
    const ids = new Set<string>()
    eachElement(tree, (node: Element) => {
      if (typeof node.properties.id === 'string') ids.add(node.properties.id)
    })
    eachElement(tree, (node: Element) => {
      const href = node.properties.href
      if (node.tagName !== 'a' || typeof href !== 'string' || !href.startsWith('#')) return
      const target = href.slice(1)
      if (!ids.has(target) && ids.has(prefix + target)) node.properties.href = `#${prefix}${target}`
    })
  }
}
