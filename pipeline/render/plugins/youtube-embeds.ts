import type {Element, Root} from 'hast'
import {SKIP, visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import {catalog} from '../../diagnostics/catalog.ts'
import {recordProblem} from '../record-problem.ts'

const youtube = /^https:\/\/(?:www\.)?youtube(?:-nocookie)?\.com\/embed\/([\w-]{11})(?:[?#].*)?$/

/**
 * Iframes never reach a page. A YouTube embed in raw HTML becomes a link to the video that
 * remembers its id (AMP turns it back into a player); any other iframe is dropped, and the
 * editor is told. Runs before the sanitizer, which removes the iframes themselves.
 */
export default function youtubeEmbeds() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'iframe' || !parent || index === undefined) return
      const src = String(node.properties.src ?? '')
      const id = youtube.exec(src)?.[1]
      if (id === undefined) {
        recordProblem(file, {place: node.position, actual: src}, catalog.iframeRemoved, src)
        parent.children.splice(index, 1)
        return [SKIP, index]
      }
      const title = typeof node.properties.title === 'string' && node.properties.title.trim() !== '' ? node.properties.title : `YouTube ${id}`
      parent.children[index] = {
        type: 'element',
        tagName: 'figure',
        properties: {className: ['video-embed'], dataYoutubeId: id},
        children: [
          {type: 'element', tagName: 'a', properties: {href: `https://www.youtube.com/watch?v=${id}`}, children: [{type: 'text', value: title}]}
        ]
      }
      return SKIP
    })
  }
}
