import type {Root} from 'hast'
import {eachElement} from '../walk-tree.ts'

/** The attributes whose scheme the sanitizer checks (see sanitize-schema.ts). */
const urlAttributes = ['href', 'src', 'cite'] as const
const scheme = /^[A-Za-z][A-Za-z\d+.-]*:/

/**
 * A URL's scheme is case-insensitive (RFC 3986), but the sanitizer compares it as written, so
 * `HTTPS://example.org` or `Mailto:press@dunyo.uz` lost its href and was published as a link to
 * nowhere. Each scheme is written in lower case before sanitizing, as browsers read it: the
 * sanitizer's verdict is then the browser's, and `JAVASCRIPT:` is refused as `javascript:` is.
 */
export default function lowercaseUrlSchemes() {
  return (tree: Root) => {
    eachElement(tree, (element) => {
      for (const name of urlAttributes) {
        const value = element.properties[name]
        if (typeof value !== 'string') continue
        const found = scheme.exec(value)?.[0]
        if (found !== undefined && found !== found.toLowerCase()) element.properties[name] = `${found.toLowerCase()}${value.slice(found.length)}`
      }
    })
  }
}
