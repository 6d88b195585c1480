import type {Text} from 'xast'
import type {XmlLayout} from '../../render/xml-document.ts'

/**
 * RSS and Atom as the feeds have always been laid out: four spaces a level, text inline.
 *
 * Plain text writes its `&` as `&#x26;`: XML parsers read that as `&` like `&amp;`, but
 * @rowanmanning/feed-parser's XML layer leaves numeric references to its second, HTML decoding,
 * which so gives back a literal `&lt;` or `&amp;` instead of decoding it once more. The RSS
 * Advisory Board's profile recommends this form for plain text, and the W3C validator accepts it.
 */
export const feedLayout: XmlLayout = {indent: '    ', encoding: 'utf-8', ampersand: '&#x26;'}

/** HTML carried as text (an escaped title, a description): its `&` as `&amp;`, for readers to decode twice. */
export function htmlText(value: string): Text {
  return {type: 'text', value, data: {ampersand: '&amp;'}}
}
