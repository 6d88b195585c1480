import type {Element, Root} from 'hast'
import type {VFile} from 'vfile'
import {eachElement} from '../walk-tree.ts'
import {catalog} from '../../diagnostics/catalog.ts'
import {recordProblem} from '../record-problem.ts'

interface Placed {
  readonly cell: Element
  readonly x: number
  readonly span: number
}

/**
 * A raw HTML table may say more than its cells fill: a row with no cell, a rowspan past the
 * last row, a colspan over columns where no cell begins. Browsers lay these out anyway; the
 * Nu checker rejects them. Such rows go and such spans shrink to what the table holds, laid
 * out as the HTML table model does. Markdown tables are always whole, so they never change.
 */
export default function tableShape() {
  return (tree: Root, file: VFile) => {
    eachElement(tree, (node: Element) => {
      if (node.tagName === 'table') reshape(node, file)
    })
  }
}

function reshape(table: Element, file: VFile): void {
  const placed: Placed[] = []
  for (const group of childElements(table).filter((child) => ['thead', 'tbody', 'tfoot'].includes(child.tagName))) {
    const empty = childElements(group).filter((row) => row.tagName === 'tr' && cellsOf(row).length === 0)
    if (empty.length > 0) {
      recordProblem(file, {place: empty[0]!.position}, catalog.emptyTableRow)
      group.children = group.children.filter((child) => !empty.includes(child as Element))
    }
    placed.push(
      ...layOut(
        childElements(group).filter((row) => row.tagName === 'tr'),
        file
      )
    )
  }
  const begins = new Set(placed.map((p) => p.x))
  for (const {cell, x, span} of placed) {
    let kept = 0
    for (let column = x; column < x + span; column++) if (begins.has(column)) kept++
    if (kept === span) continue
    recordProblem(file, {place: cell.position, expected: String(kept), actual: String(span)}, catalog.colspanPastColumns, span, kept)
    if (kept === 1) delete cell.properties.colSpan
    else cell.properties.colSpan = kept
  }
}

/** Place a row group's cells in its grid (rowspans clipped to the group); where each begins. */
function layOut(rows: readonly Element[], file: VFile): Placed[] {
  const taken = new Set<string>()
  const placed: Placed[] = []
  rows.forEach((row, y) => {
    let x = 0
    for (const cell of cellsOf(row)) {
      while (taken.has(`${x},${y}`)) x++
      const span = typeof cell.properties.colSpan === 'number' ? cell.properties.colSpan : 1
      let down = typeof cell.properties.rowSpan === 'number' ? cell.properties.rowSpan : 1
      if (down === 0) down = rows.length - y
      if (y + down > rows.length) {
        down = rows.length - y
        const written = String(cell.properties.rowSpan)
        recordProblem(file, {place: cell.position, expected: String(down), actual: written}, catalog.rowspanPastRows, written, down)
        if (down === 1) delete cell.properties.rowSpan
        else cell.properties.rowSpan = down
      }
      for (let dy = 0; dy < down; dy++) for (let dx = 0; dx < span; dx++) taken.add(`${x + dx},${y + dy}`)
      placed.push({cell, x, span})
      x += span
    }
  })
  return placed
}

function childElements(node: Element): Element[] {
  return node.children.filter((child): child is Element => child.type === 'element')
}

function cellsOf(row: Element): Element[] {
  return childElements(row).filter((child) => child.tagName === 'td' || child.tagName === 'th')
}
