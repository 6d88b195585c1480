import type {Element, Root, Text} from 'hast'

// Every release passes through a dozen small plugins: a plain recursive walk keeps each pass
// cheap (unist-util-visit builds a closure for every node it visits).

/** Call `visit` on every element, parents before children. */
export function eachElement(node: Root | Element, visit: (element: Element) => void): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue
    visit(child)
    eachElement(child, visit)
  }
}

/** Call `visit` on every text node. */
export function eachText(node: Root | Element, visit: (text: Text) => void): void {
  for (const child of node.children) {
    if (child.type === 'text') visit(child)
    else if (child.type === 'element') eachText(child, visit)
  }
}

/** What a walk does with an element: unwrap it, or go into it with the context its children see. */
export type UnwrapStep<C> = {readonly unwrap: true} | {readonly unwrap: false; readonly inner: C}

/**
 * Walk the elements below `parent`, parents first, letting `step` unwrap any of them: an
 * unwrapped element's children take its place and are walked in turn, in the same context.
 */
export function walkUnwrapping<C>(
  parent: Root | Element,
  context: C,
  step: (element: Element, parent: Root | Element, context: C) => UnwrapStep<C>
): void {
  let index = 0
  while (index < parent.children.length) {
    const child = parent.children[index]!
    if (child.type !== 'element') {
      index++
      continue
    }
    const next = step(child, parent, context)
    if (next.unwrap) {
      parent.children.splice(index, 1, ...child.children)
      continue
    }
    walkUnwrapping(child, next.inner, step)
    index++
  }
}
