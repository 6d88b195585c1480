/**
 * A feed as one XML tree, written once, laid out as the feeds have always been (four spaces a
 * level, text inline). Its own writer rather than xml-js: xml-js turns a text's `&amp;` back into
 * `&` before escaping and escapes only `"` in attributes, and it cannot write the character
 * reference plain texts need (see `text`).
 */

export type XmlNode = XmlElement | XmlText | XmlCdata

export interface XmlElement {
  readonly type: 'element'
  readonly name: string
  readonly attributes: Readonly<Record<string, string>>
  readonly children: readonly XmlNode[]
}

interface XmlText {
  readonly type: 'text'
  readonly value: string
  /** How `&` is written: see `text` and `htmlText`. */
  readonly ampersand: '&#x26;' | '&amp;'
}

interface XmlCdata {
  readonly type: 'cdata'
  readonly value: string
}

type Child = XmlNode | string | false | undefined

/** An element; a string child is plain text, `false` and `undefined` are left out. */
export function element(name: string, attributes: Readonly<Record<string, string | undefined>> = {}, children: readonly Child[] = []): XmlElement {
  const present = Object.entries(attributes).filter((entry): entry is [string, string] => entry[1] !== undefined)
  return {
    type: 'element',
    name,
    attributes: Object.fromEntries(present),
    children: children.flatMap((child) => (child === false || child === undefined ? [] : [typeof child === 'string' ? text(child) : child]))
  }
}

/**
 * Plain text, its `&` written `&#x26;`: XML parsers read that as `&` like `&amp;`, but
 * @rowanmanning/feed-parser's XML layer leaves numeric references to its second, HTML decoding,
 * which so gives back a literal `&lt;` or `&amp;` instead of decoding it once more. The RSS
 * Advisory Board's profile recommends this form for plain text, and the W3C validator accepts it.
 */
export function text(value: string): XmlText {
  return {type: 'text', value, ampersand: '&#x26;'}
}

/** HTML carried as text (an escaped title, a description): its `&` as `&amp;`, for readers to decode twice. */
export function htmlText(value: string): XmlText {
  return {type: 'text', value, ampersand: '&amp;'}
}

export function cdata(value: string): XmlCdata {
  return {type: 'cdata', value}
}

export function xmlDocument(root: XmlElement): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${write(root, 0)}\n`
}

function write(node: XmlNode, depth: number): string {
  if (node.type === 'text') return node.value.replace(/&/g, node.ampersand).replace(/</g, '&lt;').replace(/>/g, '&gt;')
  // Every `]]>` closes the section and opens another, so none ends it early.
  if (node.type === 'cdata') return `<![CDATA[${node.value.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`
  const open = `<${node.name}${Object.entries(node.attributes).map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('')}`
  if (node.children.length === 0) return `${open}/>`
  if (node.children.every((child) => child.type !== 'element')) return `${open}>${node.children.map((child) => write(child, depth)).join('')}</${node.name}>`
  const indent = (level: number) => `\n${'    '.repeat(level)}`
  return `${open}>${node.children.map((child) => indent(depth + 1) + write(child, depth + 1)).join('')}${indent(depth)}</${node.name}>`
}

/** Named references only: @rowanmanning/feed-parser decodes no numeric reference in an attribute. */
function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')
}
