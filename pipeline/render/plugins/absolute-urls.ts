import type {Element, Root} from 'hast'
import {eachElement} from '../walk-tree.ts'
import type {VFile} from 'vfile'

const urlProperties = ['href', 'src', 'cite'] as const

/**
 * Feeds and partner copies are read far from the site: every link and image must be absolute.
 * Relative URLs resolve against the page's own absolute URL, carried on the file. The body's
 * URLs were checked when it was rendered; one that still fails to resolve is dropped rather
 * than let one link stop the build.
 */
export default function absoluteUrls() {
  return (tree: Root, file: VFile) => {
    const pageUrl = file.data.pageUrl
    if (!pageUrl) throw new Error('absoluteUrls needs file.data.pageUrl')
    eachElement(tree, (node: Element) => {
      for (const name of urlProperties) {
        const value = node.properties[name]
        if (typeof value !== 'string' || value === '') continue
        const absolute = resolve(value, pageUrl)
        if (absolute === undefined) delete node.properties[name]
        else node.properties[name] = absolute
      }
      // A srcset is a list of "URL width" candidates, each made absolute the same way.
      const srcset = node.properties.srcSet
      if (typeof srcset === 'string' && srcset !== '') {
        node.properties.srcSet = srcset
          .split(',')
          .map((candidate) => candidate.trim().split(/\s+/))
          .map(([url = '', ...descriptor]) => [resolve(url, pageUrl) ?? url, ...descriptor].join(' '))
          .join(', ')
      }
    })
  }
}

function resolve(value: string, base: string): string | undefined {
  try {
    return new URL(value, base).href
  } catch {
    return undefined
  }
}

declare module 'vfile' {
  interface DataMap {
    pageUrl: string
  }
}
