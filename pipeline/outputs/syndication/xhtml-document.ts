import type {Element} from 'xast'
import {x} from 'xastscript'

/**
 * A release body as an XHTML document, for a format that carries XML (NewsML-G2's `inlineXML`):
 * the body was written as XHTML when it was rendered (render/xhtml-body.ts) and goes in as it is.
 */
export function xhtmlDocument(options: {readonly title: string; readonly lang: string; readonly xhtmlBody: string}): Element {
  return x('html', {xmlns: 'http://www.w3.org/1999/xhtml', 'xml:lang': options.lang}, [
    x('head', [x('title', options.title)]),
    x('body', [
      {type: 'text', value: '\n'},
      {type: 'text', value: options.xhtmlBody, data: {written: true}},
      {type: 'text', value: '\n'}
    ])
  ])
}
