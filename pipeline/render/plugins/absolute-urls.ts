import type {Element, Properties, Root} from 'hast'
import {eachElement} from '../walk-tree.ts'
import type {VFile} from 'vfile'

const urlProperties = ['href', 'src', 'cite'] as const

/**
 * Feeds and partner copies are read far from the site: every link and image must be absolute.
 * Relative URLs resolve against the page's own absolute URL, carried on the file. The body's
 * URLs were checked when it was rendered; one that still fails to resolve is dropped rather
 * than let one link stop the build.
 *
 * The tree's other variants are made from the same tree, so each value it replaces is noted on
 * the file and `restoreSiteUrls` puts it back once the body is serialized: no copy of the tree.
 */
export default function absoluteUrls() {
  return (tree: Root, file: VFile) => {
    const pageUrl = file.data.pageUrl
    if (!pageUrl) throw new Error('absoluteUrls needs file.data.pageUrl')
    const replaced: ReplacedUrl[] = (file.data.replacedUrls = [])
    const replace = (properties: Properties, name: string, value: string | undefined) => {
      replaced.push({properties, name, value: properties[name] as string})
      // Left in place but empty (the serializer writes no attribute), so a restored one keeps its order.
      properties[name] = value
    }
    eachElement(tree, (node: Element) => {
      for (const name of urlProperties) {
        const value = node.properties[name]
        if (typeof value !== 'string' || value === '') continue
        replace(node.properties, name, resolve(value, pageUrl))
      }
      // A srcset is a list of "URL width" candidates, each made absolute the same way.
      const srcset = node.properties.srcSet
      if (typeof srcset === 'string' && srcset !== '') {
        const absolute = srcset
          .split(',')
          .map((candidate) => candidate.trim().split(/\s+/))
          .map(([url = '', ...descriptor]) => [resolve(url, pageUrl) ?? url, ...descriptor].join(' '))
          .join(', ')
        replace(node.properties, 'srcSet', absolute)
      }
    })
  }
}

/** A URL property as it was before `absoluteUrls` made it absolute. */
interface ReplacedUrl {
  readonly properties: Properties
  readonly name: string
  readonly value: string
}

/** Give the tree back the URLs `absoluteUrls` replaced, last first. */
export function restoreSiteUrls(file: VFile): void {
  const replaced = file.data.replacedUrls ?? []
  for (let i = replaced.length - 1; i >= 0; i--) {
    const {properties, name, value} = replaced[i]!
    properties[name] = value
  }
  file.data.replacedUrls = []
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
    replacedUrls: ReplacedUrl[]
  }
}
