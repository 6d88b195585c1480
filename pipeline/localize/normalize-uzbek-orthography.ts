/**
 * Uzbek Latin spells oʻ and gʻ with U+02BB and the letter-internal apostrophe (tutuq belgisi) with
 * U+02BC, but editors type whatever their keyboard gives: ' ‘ ’ ` ´ ʼ. One spelling everywhere is
 * what lets transliteration, search and comparison of translations work.
 */
const apostrophes = "'‘’`´ʼʻ"
const turnedComma = 'ʻ'
const modifierApostrophe = 'ʼ'

// oʻ/gʻ before a letter: always the turned comma.
const beforeLetter = new RegExp(`([oOgG])[${apostrophes}](?=\\p{L})`, 'gu')
// gʻ at the end of a word (togʻ, bogʻ) — unless a quote opened before it is still open, where the
// mark closes the quotation ('Katta tog').
const wordFinal = new RegExp(`(?<=\\p{L}*[gG])[${apostrophes}](?!\\p{L})`, 'gu')
const openingQuote = new RegExp(`(?<![\\p{L}])['‘](?=\\p{L})`, 'gu')
const closingQuote = new RegExp(`(?<=[\\p{L}.!?])['’](?![\\p{L}])`, 'gu')
// Between two letters, after anything but o/g: the tutuq belgisi.
const letterInternal = new RegExp(`(?<=\\p{L})(?<![oOgG])[${apostrophes}](?=\\p{L})`, 'gu')

function insideQuotation(before: string): boolean {
  return (before.match(openingQuote)?.length ?? 0) > (before.match(closingQuote)?.length ?? 0)
}

export interface Normalized {
  readonly text: string
  /** How many marks were changed: editors are told, so they can fix the source. */
  readonly changes: number
}

export function normalizeUzbekOrthography(text: string): Normalized {
  let changes = 0
  const count = (before: string, after: string) => {
    if (before !== after) changes++
    return after
  }
  const normalized = text
    .replace(beforeLetter, (match, letter: string) => count(match, letter + turnedComma))
    .replace(wordFinal, (mark: string, offset: number, whole: string) => (insideQuotation(whole.slice(0, offset)) ? mark : count(mark, turnedComma)))
    .replace(letterInternal, (mark: string) => count(mark, modifierApostrophe))
  return {text: normalized, changes}
}
