import type {Element, ElementContent, Root} from 'hast'
import {SKIP, visit} from 'unist-util-visit'
import type {VFile} from 'vfile'

/** AMP custom elements a page can need, with the version of their script. */
export const ampExtensions = {'amp-youtube': '0.1'} as const
export type AmpExtension = keyof typeof ampExtensions

/** Elements AMP forbids outright; their content goes too (it is code, not text). */
const removed = new Set(['script', 'style', 'object', 'embed', 'iframe', 'frame', 'frameset', 'applet', 'base', 'link', 'meta', 'template', 'noscript'])
/** Elements AMP forbids whose text readers still need: the element goes, its children stay. */
const unwrapped = new Set(['form', 'button', 'select', 'textarea', 'input', 'label', 'option'])

/**
 * Turn a sanitized article tree into AMP markup: images become amp-img with their size,
 * YouTube embeds amp-youtube; whatever AMP forbids is removed. Records the extensions used.
 */
export default function rehypeAmp() {
  return (tree: Root, file: VFile) => {
    const used = new Set<AmpExtension>()
    visit(tree, 'element', (node: Element, index, parent) => {
      if (!parent || index === undefined) return
      if (removed.has(node.tagName)) {
        parent.children.splice(index, 1)
        return [SKIP, index]
      }
      if (unwrapped.has(node.tagName)) {
        parent.children.splice(index, 1, ...node.children)
        return [SKIP, index]
      }
      stripForbiddenAttributes(node)
      if (node.tagName === 'img') {
        parent.children[index] = ampImage(node, file)
        return SKIP
      }
      const videoId = node.properties.dataYoutubeId
      if (node.tagName === 'figure' && typeof videoId === 'string') {
        used.add('amp-youtube')
        node.children = [
          {type: 'element', tagName: 'amp-youtube', properties: {dataVideoid: videoId, layout: 'responsive', width: 480, height: 270}, children: []},
          ...node.children
        ]
        delete node.properties.dataYoutubeId
        return SKIP
      }
      return undefined
    })
    file.data.ampExtensions = [...used].sort()
  }
}

/** amp-img needs a size; an image without one becomes a link to it, never an invalid page. */
function ampImage(node: Element, file: VFile): ElementContent {
  const {src, alt, width, height, title} = node.properties
  if (typeof width === 'number' && typeof height === 'number') {
    return {
      type: 'element',
      tagName: 'amp-img',
      properties: {src, alt: alt ?? '', width, height, layout: 'responsive', ...(title === undefined ? {} : {title})},
      children: []
    }
  }
  // A local image without a size is missing, and the media step has already said so.
  if (!String(src).startsWith('/')) file.message(`image ${String(src)} has no known size, so the AMP page links to it instead of showing it; expected width and height or a file in content/media/`, {
    place: node.position,
    ruleId: 'amp-image-size'
  })
  return {type: 'element', tagName: 'a', properties: {href: src}, children: [{type: 'text', value: String(alt || src)}]}
}

function stripForbiddenAttributes(node: Element): void {
  for (const name of Object.keys(node.properties)) {
    if (name === 'style' || /^on/i.test(name)) delete node.properties[name]
  }
}

declare module 'vfile' {
  interface DataMap {
    ampExtensions: AmpExtension[]
  }
}
