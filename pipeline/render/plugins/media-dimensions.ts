import type {Element, Root} from 'hast'
import {decodePercentEscapes} from '../url-problem.ts'
import {eachElement} from '../walk-tree.ts'
import type {VFile} from 'vfile'
import type {MediaIndex} from '../../load/media-index.ts'
import {catalog} from '../../diagnostics/catalog.ts'
import {recordProblem} from '../record-problem.ts'

/**
 * Give every local image its real width and height (no layout shift, and AMP requires them)
 * and let the browser load it lazily. A local image that is not in content/media/ would be
 * published broken (only media files are published), so it is an error.
 */
export default function mediaDimensions() {
  return (tree: Root, file: VFile) => {
    const media = file.data.media ?? {}
    eachElement(tree, (node: Element) => {
      if (node.tagName !== 'img' || typeof node.properties.src !== 'string') return
      const src = node.properties.src
      if (typeof node.properties.alt !== 'string' || node.properties.alt.trim() === '') {
        recordProblem(file, {place: node.position}, catalog.imageWithoutAlt, src)
      }
      node.properties.loading = 'lazy'
      node.properties.decoding = 'async'
      if (/^(?:[a-z][a-z\d+.-]*:|\/\/)/i.test(src)) return
      const info = media[mediaPath(src)]
      if (!info) {
        const expected = src.startsWith('/media/') ? `a file in content${mediaPath(src)}` : 'an image in content/media/, linked as /media/<name>'
        // The file it names goes with it: the build tells a file that is not an image from a missing one.
        recordProblem(file, {place: node.position, actual: mediaPath(src)}, catalog.missingImage, src, expected)
        return
      }
      node.properties.width ??= info.width
      node.properties.height ??= info.height
    })
  }
}

/** The media index's key for a src: no query or fragment, percent-escapes decoded. */
export function mediaPath(src: string): string {
  return decodePercentEscapes(src.replace(/[?#].*$/s, ''))
}

declare module 'vfile' {
  interface DataMap {
    media: MediaIndex
  }
}
