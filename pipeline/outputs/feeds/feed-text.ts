/**
 * Plain text (titles, summaries, names) written so that every feed reader shows it literally.
 *
 * Readers differ on which elements hold HTML (checked with python-feedparser 6.0 and
 * @rowanmanning/feed-parser 2.1). feedparser reads an RSS `<description>` as HTML, an RSS
 * `<title>` as HTML whenever it looks like HTML (an end tag, a character reference), and
 * `dc:creator`, RSS `<category>`, Atom type="text" and Atom names as plain text;
 * @rowanmanning/feed-parser decodes character references in every element a second time.
 *
 * So a text that an HTML reading would show otherwise (markup, a declaration, a character
 * reference) is escaped as HTML in the elements read as HTML, and Atom declares it type="html"
 * when it holds markup: no reader meets live markup, nor a `<!DOCTYPE` that crashes feedparser's
 * HTML parser. Any other text goes as it is. Plain text writes its `&` as `&#x26;`, which the
 * second decoding cannot misread (feed-xml.ts).
 */

/** A `<` that opens a tag, an end tag, a comment, a declaration or a processing instruction. */
const markupStart = /<[A-Za-z/!?]/

/**
 * An `&` that may start a character reference. Two letters or digits are enough: HTML and
 * feedparser decode some names without the `;` (`&copy`, `&not`) and none is shorter, so `AT&T`
 * and `R&D` stay as they are.
 */
const referenceStart = /&(?:#|[A-Za-z\d]{2}|[A-Za-z\d]+;)/

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** Whether a reader taking the text as HTML would see something else: markup or a character reference. */
function readsAsHtml(text: string): boolean {
  return markupStart.test(text) || referenceStart.test(text)
}

/** For an element read as HTML when it looks like HTML (RSS `<title>`): the text, escaped only if it would. */
export function htmlIfNeeded(text: string): string {
  return readsAsHtml(text) ? escapeHtml(text) : text
}

/** For an element that is HTML (RSS `<description>`), where a bare `<` is invalid HTML as well. */
export function asHtml(text: string): string {
  return text.includes('<') || readsAsHtml(text) ? escapeHtml(text) : text
}

/**
 * An Atom text construct: type="text" unless the text holds what looks like markup, which the W3C
 * validator takes for undeclared HTML; that goes as escaped HTML, declared so. (Character
 * references are safe as text: see feed-xml.ts.)
 */
export function atomText(text: string): {readonly type: 'text' | 'html'; readonly value: string} {
  return markupStart.test(text) ? {type: 'html', value: escapeHtml(text)} : {type: 'text', value: text}
}
