/**
 * The Uzbek apostrophe rules, in one place. Uzbek Latin spells oʻ and gʻ with U+02BB and the
 * letter-internal apostrophe (tutuq belgisi) with U+02BC, but editors type whatever their keyboard
 * gives: ' ‘ ’ ` ´ ʼ. Normalization, transliteration, slugs and the dictionary check all read the
 * marks through this module, so one text means the same to each of them.
 */

/** ʻ, the modifier letter turned comma of oʻ and gʻ. */
export const OKINA = '\u02BB'
/** ʼ, the modifier letter apostrophe: the tutuq belgisi. */
export const TUTUQ = '\u02BC'

/** Every mark editors type for ʻ or ʼ, the two right ones included. */
export const apostrophes: readonly string[] = ["'", '\u2018', '\u2019', '`', '\u00B4', TUTUQ, OKINA]
/** The marks that are never right inside an Uzbek word: only ʻ and ʼ are. */
export const strayApostrophes: readonly string[] = apostrophes.filter((mark) => mark !== OKINA && mark !== TUTUQ)

// None of the marks is special inside a character class.
const mark = `[${apostrophes.join('')}]`
// oʻ/gʻ before a letter: always the turned comma.
const beforeLetter = new RegExp(`([oOgG])${mark}(?=\\p{L})`, 'gu')
// gʻ at the end of a word (togʻ, bogʻ) — unless a quote opened before it is still open, where the
// mark closes the quotation ('Katta tog').
const wordFinal = new RegExp(`(?<=[gG])${mark}(?!\\p{L})`, 'gu')
const openingQuote = new RegExp(`(?<![\\p{L}])['‘](?=\\p{L})`, 'gu')
const closingQuote = new RegExp(`(?<=[\\p{L}.!?])['’](?![\\p{L}])`, 'gu')
// Between two letters, after anything but o/g: the tutuq belgisi.
const letterInternal = new RegExp(`(?<=\\p{L})(?<![oOgG])${mark}(?=\\p{L})`, 'gu')

function insideQuotation(before: string): boolean {
  return (before.match(openingQuote)?.length ?? 0) > (before.match(closingQuote)?.length ?? 0)
}

export interface Normalized {
  readonly text: string
  /** How many marks were changed: editors are told, so they can fix the source. */
  readonly changes: number
}

/** Uzbek Latin text with every oʻ, gʻ and tutuq belgisi in its one spelling; quotation marks stay. */
export function normalizeUzbekApostrophes(text: string): Normalized {
  const {text: normalized, changes} = normalizeUzbekApostrophesAt(text)
  return {text: normalized, changes}
}

/** The same, with where the first changed mark is in `text`, so editors can be pointed at it. */
export function normalizeUzbekApostrophesAt(text: string): Normalized & {readonly first?: number} {
  let changes = 0
  let first: number | undefined
  // Every mark is one code unit and stays one, so an offset in any pass is an offset in `text`.
  const count = (before: string, after: string, at: number) => {
    if (before === after) return after
    changes++
    first = Math.min(first ?? at, at)
    return after
  }
  const normalized = text
    .replace(beforeLetter, (match: string, letter: string, offset: number) => count(match, letter + OKINA, offset + 1))
    .replace(wordFinal, (found: string, offset: number, whole: string) =>
      insideQuotation(whole.slice(0, offset)) ? found : count(found, OKINA, offset)
    )
    .replace(letterInternal, (found: string, offset: number) => count(found, TUTUQ, offset))
  return {text: normalized, changes, ...(first === undefined ? {} : {first})}
}
