import type {Element, ElementContent, Root} from 'hast'
import {eachElement} from '../walk-tree.ts'

/**
 * A Markdown image standing alone in its paragraph, `![alt](src "title")`, becomes a figure whose
 * caption is the title: readers see it, where a title attribute shows only on hover.
 */
export default function imageTitleCaptions() {
  return (tree: Root) => {
    eachElement(tree, (node: Element) => {
      if (node.tagName !== 'p') return
      const image = loneImage(node.children)
      if (!image) return
      const title = image.properties.title
      if (typeof title !== 'string' || title.trim() === '') return
      delete image.properties.title
      node.tagName = 'figure'
      node.properties = {...node.properties, className: ['captioned-image']}
      node.children = [
        image,
        {type: 'element', tagName: 'figcaption', properties: {}, children: [{type: 'text', value: title.trim()}], position: image.position}
      ]
    })
  }
}

/** The paragraph's one image, when nothing but white space stands beside it. */
function loneImage(children: readonly ElementContent[]): Element | undefined {
  const content = children.filter((child) => !(child.type === 'text' && child.value.trim() === ''))
  const [only] = content
  return content.length === 1 && only?.type === 'element' && only.tagName === 'img' ? only : undefined
}
