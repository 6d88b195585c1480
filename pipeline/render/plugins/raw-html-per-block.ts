import type {Element, ElementContent, Root, RootContent} from 'hast'
import type {Html} from 'mdast'
import {find, html} from 'property-information'
import rehypeRaw from 'rehype-raw'
import type {Options as RemarkRehypeOptions} from 'remark-rehype'
import {VFile} from 'vfile'

/*
 * rehype-raw alone parses the whole body as one HTML stream, so a tag left open in one block
 * (`<b>`, `<button>`, `<a>`, the `<b>` that `[a](<b>c)` leaves) wraps or swallows every block
 * after it. Here each block goes through the HTML parser on its own: whatever its raw HTML
 * leaves open is closed where the block ends, and nothing outside the block changes. (A raw
 * element can therefore not wrap Markdown written in later blocks, by design.)
 */

type Raw = Extract<RootContent, {type: 'raw'}>
type Parent = Root | Element

/** Markdown containers: their own tags are sound, only what they hold is parsed. */
const containers = new Set(['blockquote', 'ol', 'ul', 'li', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'section'])
/** Markdown's leaf blocks, each parsed alone. */
const leafBlocks = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'hr'])
/** Table cells: parsed alone too, and always kept one cell. */
const cells = new Set(['td', 'th'])
/** mdast parents whose html children are blocks rather than inline HTML. */
const flowParents = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition'])

const parseRaw = rehypeRaw()
/**
 * Positions come from the nodes themselves; given the real file, the parser would also index
 * the whole file's lines on every call, once per block. An empty file keeps positions on.
 */
const positionsOnly = new VFile()
const parse = (tree: Root) => parseRaw(tree, positionsOnly)

/** remark-rehype handlers: raw HTML as usual, an HTML block marked as one. */
export const rawHtmlHandlers: NonNullable<RemarkRehypeOptions['handlers']> = {
  html(state, node: Html, parent) {
    const result: Raw = {type: 'raw', value: node.value, data: {rawHtmlBlock: parent !== undefined && flowParents.has(parent.type)}}
    state.patch(node, result)
    return result
  }
}

/** Parse the raw HTML of the tree block by block; takes the place of rehype-raw. */
export default function rawHtmlPerBlock() {
  return (tree: Root) => {
    parseChildren(tree)
  }
}

/**
 * Parse each block among a container's children alone. A tight list item holds its first
 * paragraph's content directly: a run of inline content is parsed as one block.
 */
function parseChildren(parent: Parent): void {
  const children: RootContent[] = []
  let run: RootContent[] = []
  const flush = () => {
    if (run.some(holdsRaw)) children.push(...parseBlock(run))
    else children.push(...run.map(asParsed))
    run = []
  }
  for (const child of parent.children) {
    const block =
      child.type === 'element'
        ? containers.has(child.tagName) || leafBlocks.has(child.tagName) || cells.has(child.tagName)
        : child.type === 'raw' && child.data?.rawHtmlBlock === true
    if (!block) {
      run.push(child)
      continue
    }
    flush()
    if (!holdsRaw(child)) {
      children.push(asParsed(child))
    } else if (child.type === 'element' && containers.has(child.tagName)) {
      parseChildren(child)
      reparseProperties(child)
      children.push(child)
    } else if (child.type === 'element' && cells.has(child.tagName)) {
      parseCell(child)
      reparseProperties(child)
      children.push(child)
    } else {
      children.push(...parseBlock([child]))
    }
  }
  flush()
  parent.children = children as ElementContent[]
}

/**
 * Whether raw HTML is in the node or below it. What Markdown alone made is already a sound tree
 * and the parser would give it back as it is, so only blocks with raw HTML pay for parsing.
 */
function holdsRaw(node: RootContent): boolean {
  return node.type === 'raw' || (node.type === 'element' && node.children.some(holdsRaw))
}

/**
 * A block the parser is spared, as the parser would have given it back: a `true` that is not a
 * boolean attribute's (Markdown's footnotes mark theirs `data-footnote-ref`) reads as the empty
 * value the parser gives an attribute written without one.
 */
function asParsed<Node extends RootContent>(node: Node): Node {
  if (node.type !== 'element') return node
  for (const [key, value] of Object.entries(node.properties)) {
    if (value !== true) continue
    const info = find(html, key)
    if (!info.boolean && !info.overloadedBoolean) node.properties[key] = ''
  }
  node.children.forEach(asParsed)
  return node
}

function parseBlock(nodes: RootContent[]): RootContent[] {
  const parsed = parse({type: 'root', children: nodes})
  dropEmptyParagraphs(parsed)
  return parsed.children
}

/**
 * A cell's content is parsed inside a stand-in element, so a raw `<td>` or `</tr>` in it
 * cannot split the cell or end the row: the table keeps the shape its Markdown gave it.
 */
function parseCell(cell: Element): void {
  const [wrapper, ...after] = parseBlock([
    {type: 'element', tagName: 'div', properties: {}, children: cell.children, ...(cell.position ? {position: cell.position} : {})}
  ])
  cell.children = [
    ...(wrapper?.type === 'element' && wrapper.tagName === 'div' ? wrapper.children : wrapper ? [wrapper] : []),
    ...after
  ] as ElementContent[]
}

/** A container's own tag goes through the parser too, so its attributes read as every other's. */
function reparseProperties(node: Element): void {
  if (Object.keys(node.properties).length === 0) return
  const [parsed] = parse({type: 'root', children: [{...node, children: []}]}).children
  if (parsed?.type === 'element' && parsed.tagName === node.tagName) node.properties = parsed.properties
}

/**
 * A block whose raw HTML closes its paragraph early (`text <div>`) meets the paragraph's own
 * end tag with no paragraph open, and the parser inserts an empty one, possibly inside a
 * `<pre>`: an empty paragraph shows nothing, so none is kept.
 */
function dropEmptyParagraphs(parent: Parent): void {
  parent.children = parent.children.filter(
    (child) => !(child.type === 'element' && child.tagName === 'p' && child.children.length === 0)
  ) as ElementContent[]
  for (const child of parent.children) if (child.type === 'element') dropEmptyParagraphs(child)
}

declare module 'hast' {
  interface Data {
    /** On a raw node: the HTML was written as a block of its own, not inside a paragraph. */
    rawHtmlBlock?: boolean
  }
}
