import type {Element, Root} from 'hast'
import type {VFile} from 'vfile'

/**
 * How deep the body's elements may nest: deeper than any real release goes (60 nested quotes
 * fit), shallow enough for the AMP validator, which fails on a page some 120 levels deep.
 */
export const maxNesting = 64

/** Elements nested deeper than `maxNesting` are unwrapped: their text stays, one level up. */
export default function limitNesting() {
  return (tree: Root, file: VFile) => {
    let reported = false
    const flatten = (parent: Root | Element, depth: number) => {
      let index = 0
      while (index < parent.children.length) {
        const child = parent.children[index]!
        if (child.type !== 'element') {
          index++
          continue
        }
        if (depth > maxNesting) {
          if (!reported)
            file.message(
              `Unexpected HTML nested more than ${maxNesting} elements deep, expected shallower markup; the deeper elements are left out, their text stays`,
              {place: child.position, ruleId: 'nesting-depth'}
            )
          reported = true
          parent.children.splice(index, 1, ...child.children)
          continue
        }
        flatten(child, depth + 1)
        index++
      }
    }
    flatten(tree, 1)
  }
}
