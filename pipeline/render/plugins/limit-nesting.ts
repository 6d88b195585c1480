import type {Root} from 'hast'
import type {VFile} from 'vfile'
import {walkUnwrapping} from '../walk-tree.ts'
import {catalog} from '../../diagnostics/catalog.ts'
import {recordProblem} from '../record-problem.ts'

/**
 * How deep the body's elements may nest: deeper than any real release goes (60 nested quotes
 * fit), shallow enough for the AMP validator, which fails on a page some 120 levels deep.
 */
export const maxNesting = 64

/** Elements nested deeper than `maxNesting` are unwrapped: their text stays, one level up. */
export default function limitNesting() {
  return (tree: Root, file: VFile) => {
    let reported = false
    walkUnwrapping(tree, 1, (element, _parent, depth) => {
      if (depth <= maxNesting) return {unwrap: false, inner: depth + 1}
      if (!reported) recordProblem(file, {place: element.position}, catalog.tooDeeplyNested, maxNesting)
      reported = true
      return {unwrap: true}
    })
  }
}
