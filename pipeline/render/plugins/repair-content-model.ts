import type {Element, ElementContent, Root, RootContent} from 'hast'
import {toString} from 'hast-util-to-string'
import type {VFile} from 'vfile'
import {isTimeValue} from '../html-datetime.ts'
import {walkUnwrapping} from '../walk-tree.ts'
import {catalog} from '../../diagnostics/catalog.ts'
import {recordProblem} from '../record-problem.ts'

/*
 * The HTML parser builds a tree from any markup, but not always a valid one: it leaves a
 * `<div>` inside an `<h2>`, an `<li>` outside a list, a second `<figcaption>`. Raw HTML can
 * write all of these; Markdown never does. An element that may not stand where it stands
 * is unwrapped (its content stays, checked again where it lands), and the editor is told.
 */

/** Text-level elements the sanitizer allows: the only content of the elements below. */
const phrasing = new Set([
  'a',
  'abbr',
  'b',
  'br',
  'cite',
  'code',
  'del',
  'dfn',
  'em',
  'i',
  'img',
  'ins',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var'
])
/** Elements that may hold text-level content only (`summary` and `dt` a little less than HTML lets them). */
const phrasingOnly = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'pre',
  'summary',
  'dt',
  ...[...phrasing].filter((name) => !['a', 'del', 'ins'].includes(name))
])
/** Content nothing interactive may stand in. */
const interactive = new Set(['a', 'details', 'summary'])
/** The one element each of these may stand in. */
const onlyIn: Readonly<Record<string, readonly string[]>> = {
  li: ['ul', 'ol'],
  dt: ['dl'],
  dd: ['dl'],
  figcaption: ['figure'],
  summary: ['details'],
  caption: ['table'],
  thead: ['table'],
  tbody: ['table'],
  tfoot: ['table'],
  tr: ['table', 'thead', 'tbody', 'tfoot'],
  td: ['tr'],
  th: ['tr']
}

interface Context {
  /** The element whose content must be text-level, when there is one. */
  readonly phrasingIn?: string
  readonly inLink: boolean
}

export default function repairContentModel() {
  return (tree: Root, file: VFile) => {
    repair(tree, {inLink: false}, file)
  }
}

function repair(tree: Root, context: Context, file: VFile): void {
  walkUnwrapping(tree, context, (child, parent, context) => {
    const problem = misplaced(child, parent, context)
    if (problem !== undefined) {
      recordProblem(file, {place: child.position}, catalog.misplacedElement, child.tagName, problem)
      return {unwrap: true}
    }
    const tag = child.tagName
    if (tag === 'ul' || tag === 'ol') wrapLooseContent(child, file)
    const phrasingIn = phrasingOnly.has(tag) ? tag : tag === 'a' || tag === 'del' || tag === 'ins' ? context.phrasingIn : undefined
    return {unwrap: false, inner: {...(phrasingIn === undefined ? {} : {phrasingIn}), inLink: context.inLink || tag === 'a'}}
  })
}

/** Why `node` may not stand where it stands in `parent`, or undefined when it may. */
function misplaced(node: Element, parent: Root | Element, context: Context): string | undefined {
  const tag = node.tagName
  const parentTag = parent.type === 'element' ? parent.tagName : 'the body'
  if (context.phrasingIn !== undefined && !phrasing.has(tag))
    return `inside <${context.phrasingIn}>, expected only text-level content (such as <b> or <a>) there`
  if (context.inLink && interactive.has(tag)) return 'inside a link, expected no link or control inside another link'
  const parents = onlyIn[tag]
  if (parents && !parents.includes(parentTag))
    return `inside ${parentTag === 'the body' ? parentTag : `<${parentTag}>`}, expected it only in ${parents.map((p) => `<${p}>`).join(' or ')}`
  if (tag === 'summary' || tag === 'figcaption') {
    const siblings = (parent.children as RootContent[]).filter((child): child is Element => child.type === 'element')
    if (tag === 'summary' && siblings[0] !== node) return 'that is not the first element in its <details>'
    if (tag === 'figcaption' && siblings[0] !== node && siblings.at(-1) !== node)
      return 'that is neither the first nor the last element in its <figure>'
    if (tag === 'figcaption' && siblings.find((sibling) => sibling.tagName === 'figcaption') !== node)
      return 'after another <figcaption> in the same <figure>'
  }
  if (tag === 'details' && firstElement(node)?.tagName !== 'summary') return 'without a <summary> as its first element'
  if (tag === 'dl' && !isDescriptionList(node)) return 'with content other than groups of <dt> followed by <dd>'
  if (tag === 'time' && node.properties.dateTime === undefined && !isTimeValue(toString(node)))
    return 'without a datetime, expected datetime="2024-05-10" or a date as its text'
  return undefined
}

/** Text or elements a list holds outside any `<li>` go into one. */
function wrapLooseContent(list: Element, file: VFile): void {
  const children: ElementContent[] = []
  let loose: ElementContent[] = []
  const flush = () => {
    if (loose.some((node) => !isBlank(node))) {
      recordProblem(file, {place: loose.find((node) => !isBlank(node))!.position}, catalog.looseListContent, list.tagName)
      children.push({type: 'element', tagName: 'li', properties: {}, children: loose})
    } else {
      children.push(...loose)
    }
    loose = []
  }
  for (const child of list.children) {
    if (child.type === 'element' && child.tagName === 'li') {
      flush()
      children.push(child)
    } else {
      loose.push(child)
    }
  }
  flush()
  list.children = children
}

/** One or more `<dt>` then one or more `<dd>`, repeated, and nothing else but white space. */
function isDescriptionList(node: Element): boolean {
  const sequence = node.children
    .filter((child) => !isBlank(child))
    .map((child) => (child.type !== 'element' ? 'x' : child.tagName === 'dt' ? 't' : child.tagName === 'dd' ? 'd' : 'x'))
    .join('')
  return /^(?:t+d+)+$/.test(sequence)
}

function firstElement(node: Element): Element | undefined {
  return node.children.find((child): child is Element => child.type === 'element')
}

function isBlank(node: RootContent): boolean {
  return (node.type === 'text' && node.value.trim() === '') || node.type === 'comment'
}
