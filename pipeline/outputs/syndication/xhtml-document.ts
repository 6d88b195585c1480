import type {ElementContent as HastContent} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {toXast} from 'hast-util-to-xast'
import {h} from 'hastscript'
import type {Element} from 'xast'

/**
 * A sanitized HTML body as an XHTML document, for a format that carries XML (NewsML-G2's
 * `inlineXML`): parsed back into a tree as a browser would, then each element and attribute
 * written as XML in the XHTML namespace, so no markup of the body can break the XML around it.
 */
export function xhtmlDocument(options: {readonly title: string; readonly lang: string; readonly bodyHtml: string}): Element {
  const body = fromHtml(options.bodyHtml, {fragment: true}).children.filter((node): node is HastContent => node.type !== 'doctype')
  const html = h('html', {'xml:lang': options.lang}, [h('head', [h('title', options.title)]), h('body', ['\n', ...body, '\n'])])
  return toXast(html) as Element
}
