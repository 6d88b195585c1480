import type {Element, Root} from 'hast'
import {eachElement} from '../walk-tree.ts'
import type {VFile} from 'vfile'
import type {MediaIndex} from '../../load/media-index.ts'

/**
 * Give every local image its real width and height (no layout shift, and AMP requires them)
 * and let the browser load it lazily. An image that is not in /media/ is reported.
 */
export default function mediaDimensions() {
  return (tree: Root, file: VFile) => {
    const media = file.data.media ?? {}
    eachElement(tree, (node: Element) => {
      if (node.tagName !== 'img' || typeof node.properties.src !== 'string') return
      const src = node.properties.src
      if (typeof node.properties.alt !== 'string' || node.properties.alt.trim() === '') {
        file.message(`image ${src} has no alt text, expected a short description for readers who cannot see it`, {place: node.position, ruleId: 'image-alt'})
      }
      node.properties.loading = 'lazy'
      node.properties.decoding = 'async'
      if (!src.startsWith('/')) return
      const info = media[src]
      if (!info) {
        file.message(`image ${src} not found, expected a file in content${src}`, {place: node.position, ruleId: 'missing-image'})
        return
      }
      node.properties.width ??= info.width
      node.properties.height ??= info.height
    })
  }
}

declare module 'vfile' {
  interface DataMap {
    media: MediaIndex
  }
}
