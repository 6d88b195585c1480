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
