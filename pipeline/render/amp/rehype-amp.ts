import type {Element, ElementContent, Root} from 'hast'
import {SKIP, visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import {eachElement} from '../walk-tree.ts'
import {catalog} from '../../diagnostics/catalog.ts'
import {recordProblem} from '../record-problem.ts'

/** AMP custom elements a page can need, with the version of their script. */
export const ampExtensions = {'amp-youtube': '0.1'} as const
export type AmpExtension = keyof typeof ampExtensions

/** Elements AMP forbids outright; their content goes too (it is code, not text). */
const removed = new Set([
  'script',
  'style',
  'object',
  'embed',
  'iframe',
  'frame',
  'frameset',
  'applet',
  'base',
  'link',
  'meta',
  'template',
  'noscript'
])
/** Elements AMP forbids whose text readers still need: the element goes, its children stay. */
const unwrapped = new Set(['form', 'button', 'select', 'textarea', 'input', 'label', 'option'])

/**
 * Turn a sanitized article tree into AMP markup: images become amp-img with their size,
 * YouTube embeds amp-youtube; whatever AMP forbids is removed. Records the extensions used.
 */
export default function rehypeAmp() {
  return (tree: Root, file: VFile) => {
    const used = new Set<AmpExtension>()
    const linked = imagesInLinks(tree)
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
      // A picture's sources are for browsers that choose a format; AMP shows its img's srcset.
      const shown =
        node.tagName === 'picture' ? node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'img') : node
      if (shown?.tagName === 'img') {
        const replacement = ampImage(shown, linked.has(shown), file)
        parent.children.splice(index, 1, ...replacement)
        return [SKIP, index + replacement.length]
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

/**
 * amp-img needs a size; an image without one becomes a link to it, never an invalid page
 * (inside a link, just its alt text: links do not nest). One without a src is left out.
 */
function ampImage(node: Element, inLink: boolean, file: VFile): ElementContent[] {
  const {src, alt, width, height, title, srcSet} = node.properties
  const text = typeof alt === 'string' && alt !== '' ? alt : undefined
  if (typeof src !== 'string' || src === '') return text === undefined ? [] : [{type: 'text', value: text}]
  if (typeof width === 'number' && typeof height === 'number') {
    return [
      {
        type: 'element',
        tagName: 'amp-img',
        properties: {
          src,
          ...(typeof srcSet === 'string' ? {srcSet} : {}),
          alt: alt ?? '',
          width,
          height,
          layout: 'responsive',
          ...(title === undefined ? {} : {title})
        },
        children: []
      }
    ]
  }
  // A local image without a size is missing, and the media step has already said so.
  if (!src.startsWith('/')) recordProblem(file, {place: node.position}, catalog.ampImageWithoutSize, src)
  const label: ElementContent = {type: 'text', value: text ?? src}
  return [
    inLink
      ? {type: 'element', tagName: 'span', properties: {}, children: [label]}
      : {type: 'element', tagName: 'a', properties: {href: src}, children: [label]}
  ]
}

/** Images that stand inside a link, found before the walk replaces any of them. */
function imagesInLinks(tree: Root): Set<Element> {
  const found = new Set<Element>()
  eachElement(tree, (node) => {
    if (node.tagName === 'a') eachElement(node, (inner) => inner.tagName === 'img' && found.add(inner))
  })
  return found
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
