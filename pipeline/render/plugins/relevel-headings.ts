import type {Element, Root} from 'hast'

const headingLevel = /^h([1-6])$/

/**
 * The page's title is its one h1, so the body's outline starts at h2 and never skips a level
 * (screen-reader users navigate by it; the Nu checker rejects a skip). Headings keep
 * their nesting but are renumbered: the first becomes h2, each one at most one level below
 * the heading it is nested under; `#` in the body becomes h2. Runs before the sanitizer,
 * which would unwrap an h1. The notes section's own h2 is left as it is.
 */
export default function relevelHeadings() {
  return (tree: Root) => {
    const open: {written: number; level: number}[] = []
    const visit = (node: Root | Element) => {
      for (const child of node.children) {
        if (child.type !== 'element' || child.properties.dataFootnotes !== undefined) continue
        const written = Number(headingLevel.exec(child.tagName)?.[1])
        if (Number.isNaN(written)) {
          visit(child)
          continue
        }
        while (open.length > 0 && open.at(-1)!.written >= written) open.pop()
        const level = Math.min(6, (open.at(-1)?.level ?? 1) + 1)
        open.push({written, level})
        child.tagName = `h${level}`
        visit(child)
      }
    }
    visit(tree)
  }
}
