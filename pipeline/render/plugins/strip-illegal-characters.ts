import type {Root, Text} from 'hast'
import {eachText} from '../walk-tree.ts'
import {stripXmlIllegal} from '../../load/strip-xml-illegal.ts'

/** Character references in raw HTML (`&#1;`) can still spell what XML forbids: drop them. */
export default function stripIllegalCharacters() {
  return (tree: Root) => {
    eachText(tree, (node: Text) => {
      node.value = stripXmlIllegal(node.value)
    })
  }
}
