import type {Element, ElementContent} from 'xast'

/**
 * An XML document (a feed, a sitemap) as one xast tree, written once. Its own writer rather than
 * xast-util-to-xml, which writes `&`, `<` and `"` as numeric references everywhere (feed readers
 * decode none in attributes), escapes a CDATA section's `]]>` into its content, and does not indent.
 */

/** How a text's `&` is written: feeds/feed-xml.ts says why feeds write plain text's otherwise. */
export type Ampersand = '&amp;' | '&#x26;'

declare module 'xast' {
  interface TextData {
    /** This text's `&`, over the layout's. */
    ampersand?: Ampersand
    /** The text is XML this writer wrote before (a release body, made once when it was rendered): put in as it is. */
    written?: true
  }
}

/** How a format's documents have always been laid out. */
export interface XmlLayout {
  /** One level of indentation. */
  readonly indent: string
  /** The encoding as the declaration spells it. */
  readonly encoding: 'utf-8' | 'UTF-8'
  /** How a text's `&` is written unless its `data.ampersand` says otherwise. */
  readonly ampersand: Ampersand
}

/**
 * The declaration, then the root: an element of elements one child a line, any other inline with
 * all it holds, since whitespace added among text (an XHTML paragraph, a `<pre>`) would change it.
 */
export function xmlDocument(root: Element, layout: Readonly<XmlLayout>): string {
  return `<?xml version="1.0" encoding="${layout.encoding}"?>\n${write(root, layout, '\n')}\n`
}

/** Nodes written in a row with nothing added among them, as mixed content is: to be put in a document later as `written` text. */
export function xmlFragment(nodes: readonly ElementContent[], layout: Readonly<XmlLayout>): string {
  return nodes.map((node) => write(node, layout, undefined)).join('')
}

/** `newline` is the line break and indentation before a child, or undefined inside mixed content. */
function write(node: ElementContent, layout: Readonly<XmlLayout>, newline: string | undefined): string {
  switch (node.type) {
    case 'text':
      if (node.data?.written) return node.value
      return escapeText(node.value, node.data?.ampersand ?? layout.ampersand)
    case 'cdata':
      // Every `]]>` closes the section and opens another, so none ends it early.
      return `<![CDATA[${node.value.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`
    case 'element':
      return writeElement(node, layout, newline)
    default:
      throw new TypeError(`Unexpected ${node.type} node, expected an element, a text or a CDATA section`)
  }
}

function writeElement(node: Element, layout: Readonly<XmlLayout>, newline: string | undefined): string {
  let open = `<${node.name}`
  for (const name in node.attributes) {
    const value = node.attributes[name]
    if (value !== undefined && value !== null) open += ` ${name}="${escapeAttribute(value)}"`
  }
  const {children} = node
  if (children.length === 0) return `${open}/>`
  let content = ''
  if (newline !== undefined && children.every((child) => child.type === 'element')) {
    const inner = newline + layout.indent
    for (const child of children) content += inner + write(child, layout, inner)
    content += newline
  } else {
    for (const child of children) content += write(child, layout, undefined)
  }
  return `${open}>${content}</${node.name}>`
}

const textSpecial = /[&<>]/

function escapeText(value: string, ampersand: Ampersand): string {
  if (!textSpecial.test(value)) return value
  return value.replace(/&/g, ampersand).replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** Named references only: @rowanmanning/feed-parser decodes no numeric reference in an attribute. */
function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')
}
