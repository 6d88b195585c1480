import type {Element} from 'xast'
import {x} from 'xastscript'
import {xmlDocument, type XmlLayout} from '../../render/xml-document.ts'

/** Sitemaps as they have always been laid out: two spaces a level. */
const sitemapLayout: XmlLayout = {indent: '  ', encoding: 'UTF-8', ampersand: '&amp;'}

/** A sitemap's root and its entries; a list with no entries is still opened and closed on two lines. */
export function sitemapDocument(name: string, attributes: Readonly<Record<string, string>>, entries: readonly Element[]): string {
  return xmlDocument(x(name, attributes, entries.length > 0 ? [...entries] : '\n'), sitemapLayout)
}
