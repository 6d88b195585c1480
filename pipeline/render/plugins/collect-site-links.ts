import type {Element, Root} from 'hast'
import {eachElement} from '../walk-tree.ts'
import type {VFile} from 'vfile'

/** A link from a release to another page of the site, where the editor wrote it. */
export interface SiteLink {
  readonly href: string
  readonly line: number
  readonly column: number
}

/** Record links to the site's own pages so a later check can tell which lead nowhere. */
export default function collectSiteLinks() {
  return (tree: Root, file: VFile) => {
    const links: SiteLink[] = []
    eachElement(tree, (node: Element) => {
      const href = node.properties.href
      if (node.tagName === 'a' && typeof href === 'string' && href.startsWith('/') && !href.startsWith('//')) {
        links.push({href, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1})
      }
    })
    file.data.siteLinks = links
  }
}

declare module 'vfile' {
  interface DataMap {
    siteLinks: SiteLink[]
  }
}
