import type {Element, ElementContent, Root} from 'hast'
import {SKIP, visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import {encodeFragment, urlProblem} from '../url-problem.ts'
import {catalog} from '../../diagnostics/catalog.ts'
import {recordProblem} from '../record-problem.ts'

/**
 * Check every URL of the sanitized body once, so the page and every variant made from it
 * (AMP, absolute, transliterated) start from URLs the checkers accept. A bad link becomes its
 * text, a bad or missing image its alt text, a bad citation URL goes; the editor is told
 * where. (The sanitizer never lets `srcset` through, so href, src and cite are all there is.)
 */
export default function usableUrls() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (!parent || index === undefined) return undefined
      if (node.tagName === 'img') {
        const src = node.properties.src
        // No src: the sanitizer took away a javascript:, data: or other unsafe one.
        const problem = typeof src === 'string' ? urlProblem(src) : 'image without a usable src'
        if (problem === undefined) return undefined
        report(
          file,
          node,
          typeof src === 'string' ? `${problem} in the image URL ${JSON.stringify(src)}` : problem,
          'the image is left out and its alt text stays',
          typeof src === 'string' ? src : undefined
        )
        parent.children.splice(index, 1, ...altText(node))
        return [SKIP, index]
      }
      if (node.tagName === 'a' && typeof node.properties.href === 'string' && node.properties.href.startsWith('#')) {
        node.properties.href = encodeFragment(node.properties.href)
      }
      const href = node.properties.href
      if (node.tagName === 'a' && typeof href === 'string') {
        const problem = urlProblem(href)
        if (problem === undefined) return undefined
        report(file, node, `${problem} in the link URL ${JSON.stringify(href)}`, 'the link is published as plain text', href)
        parent.children.splice(index, 1, ...node.children)
        return [SKIP, index]
      }
      const cite = node.properties.cite
      const citeProblem = typeof cite === 'string' ? urlProblem(cite) : undefined
      if (citeProblem !== undefined) {
        report(file, node, `${citeProblem} in the cite URL ${JSON.stringify(cite)}`, 'the cite attribute is left out', cite)
        delete node.properties.cite
      }
      return undefined
    })
  }
}

function report(file: VFile, node: Element, what: string, outcome: string, url: string | undefined): void {
  recordProblem(file, {place: node.position, ...(url === undefined ? {} : {actual: url})}, catalog.unusableUrl, what, outcome)
}

function altText(node: Element): ElementContent[] {
  const alt = node.properties.alt
  return typeof alt === 'string' && alt.trim() !== '' ? [{type: 'text', value: alt}] : []
}
