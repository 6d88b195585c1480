import type {Element, Root} from 'hast'
import {decodePercentEscapes} from '../url-problem.ts'
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
      // A fragment may name its id as written or percent-encoded (the footnote `[^a#b]`).
      const targets = [href.slice(1), decodePercentEscapes(href.slice(1))]
      if (!targets.some((target) => ids.has(target)) && targets.some((target) => ids.has(prefix + target)))
        node.properties.href = `#${prefix}${href.slice(1)}`
    })
  }
}
