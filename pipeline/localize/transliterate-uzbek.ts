/**
 * Uzbek Latin (the 1995 alphabet) to Uzbek Cyrillic, for running prose.
 *
 * Choices where the two alphabets do not map one to one:
 * - `e` is э at the start of a word or after a vowel (`eksport` → экспорт, `aeroport` → аэропорт),
 *   else е; `ye` is always е (`Yevropa` → Европа). Words the rule gets wrong go in the dictionary.
 * - The Latin spelling writes Russian ц as `ts` after vowels and `s` after consonants, but native
 *   words have a plain т+с (`ketsa`, `aytsin`). So `ts`, `ns` and `ks` give ц only before `i` and a
 *   vowel, the Latin loan endings -tsiya, -tsion, -nsiya, -ksiya (делегация, конференция, акция);
 *   any other ц (`konsert`, `sirk`, `litsey`) is a dictionary stem.
 * - A year or a date keeps no hyphen in Cyrillic: a number, a hyphen and `yil` or a month name,
 *   with or without suffixes, gets a space (`2022-yilda` → 2022 йилда, `17-sentabr` → 17 сентябрь).
 *   Any other number suffix keeps its hyphen (`1-oʻrin` → 1-ўрин).
 * - Abbreviations are letters like any other (`ShHT` → ШҲТ, `AQSh` → АҚШ); Latin abbreviations and
 *   brand names stay Latin only when listed in the dictionary's `keep`, and Uzbek suffixes after
 *   them are written in Cyrillic (`SCOga` → SCOга). Roman numerals stay Latin (`XXI asr`).
 * - Letters glued to digits with a capital among them are a code (`B2B`, `G20`, `5G`) and stay Latin.
 * - A word with a letter the table lacks (`w`, `é`, `ğ`) is a foreign spelling and stays whole:
 *   a word half in one script and half in the other helps no reader.
 * - Tokens that look like URLs, e-mail addresses or file names stay as written.
 */

import type {TransliterationDictionary} from './transliteration-dictionary.ts'
import {normalizeUzbekApostrophes, OKINA, TUTUQ} from '../load/uzbek-apostrophes.ts'

/** Letters that map one to one; digraphs and context rules are handled before this table. */
const letters: Readonly<Record<string, string>> = {
  a: 'а',
  b: 'б',
  c: 'ц',
  d: 'д',
  f: 'ф',
  g: 'г',
  h: 'ҳ',
  i: 'и',
  j: 'ж',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  q: 'қ',
  r: 'р',
  s: 'с',
  t: 'т',
  u: 'у',
  v: 'в',
  x: 'х',
  y: 'й',
  z: 'з'
}
const iotated: Readonly<Record<string, string>> = {o: 'ё', u: 'ю', a: 'я', e: 'е'}
const vowels = new Set(['a', 'e', 'i', 'o', 'u'])

/**
 * Endings Uzbek stacks on a noun, slot by slot (derivation, plural, possessive, case, predicate,
 * particle). A stem or kept token counts only when what follows it is made of these, so the
 * stem `sirk` (цирк) leaves `sirka` (vinegar) alone and `mer` (мэр) leaves `mergan` alone.
 */
const derivation = '(?:chilik|lik|lig|liq|li|siz|chi|viy|iy|cha|simon|lash(?:tir)?(?:ish|il(?:ish|gan)?|gan|di|ib|moq|adi|uvchi)?)'
const plural = '(?:lar)'
const possessive = '(?:imiz|ingiz|miz|ngiz|im|ing|si|i|m|ng)'
const grammaticalCase = '(?:gacha|kacha|qacha|dagi|tagi|ning|niki|dan|tan|ni|ga|ka|qa|da|ta|gi|ki|dek|day|cha)'
const predicate = '(?:dir|man|san|miz|siz|lar)'
const particle = '(?:gina|kina|qina|mi|ku|yoq|oq|yu|u|da)'
const suffixes = new RegExp(`^${derivation}{0,2}${plural}?${possessive}?${grammaticalCase}?${predicate}?${particle}?$`)

const months = ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avgust', 'sentabr', 'oktabr', 'noyabr', 'dekabr']
const yearOrMonth = new RegExp(`^(?:yil|${months.join('|')})`)

const romanNumeral = /^(?=[MDCLXVI])M{0,3}(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})$/
/** Latin letters outside the Uzbek alphabet: `w` and anything with a diacritic. */
const foreignLetter = /[wW]|(?![A-Za-z])\p{Script=Latin}/u
/**
 * A URL, an e-mail address or a file name, left as written with the punctuation around it. A dot
 * before a capital is an initial (`Sh.Mirziyoyev`), not a domain or a file extension.
 */
const addressLike = /:\/\/|@|www\.|\p{L}\.\p{Ll}{2,}(?![\p{L}.])/u
const wordToken = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu

/** Preprocessed once per dictionary: texts are transliterated node by node, thousands per build. */
interface Prepared {
  readonly stems: ReadonlyArray<readonly [string, string]>
  readonly keep: readonly string[]
  /** Tokens already transliterated with this dictionary: prose repeats its words, and each costs a pass over the stems. */
  readonly tokens: Map<string, string>
}
/** Enough for a large archive's vocabulary; past it the cache starts again rather than grow. */
const tokensKept = 200_000
const prepared = new WeakMap<TransliterationDictionary, Prepared>()

function prepare(dictionary: TransliterationDictionary): Prepared {
  let result = prepared.get(dictionary)
  if (!result) {
    result = {
      // Longest first, so `obyektiv` wins over `obyekt` and `IT Park` over `IT`.
      stems: Object.entries(dictionary.stems).sort(([a], [b]) => b.length - a.length),
      keep: [...dictionary.keep].sort((a, b) => b.length - a.length),
      tokens: new Map()
    }
    prepared.set(dictionary, result)
  }
  return result
}

/** Transliterate running prose (a text node's value); punctuation, spacing and digits stay as they are. */
export function transliterateUzbek(text: string, dictionary: TransliterationDictionary): string {
  const words = prepare(dictionary)
  let output = ''
  let position = 0
  for (const [start, end] of protectedSpans(text, words.keep)) {
    output += transliterateProse(text.slice(position, start), dictionary, words) + text.slice(start, end)
    position = end
  }
  return output + transliterateProse(text.slice(position), dictionary, words)
}

/** Ranges of `text` to copy unchanged: addresses, and kept tokens with any Uzbek suffix outside them. */
function protectedSpans(text: string, keep: readonly string[]): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  for (const match of text.matchAll(/\S+/g)) {
    if (addressLike.test(match[0])) spans.push([match.index, match.index + match[0].length])
  }
  for (const token of keep) {
    for (let at = text.indexOf(token); at !== -1; at = text.indexOf(token, at + 1)) {
      const end = at + token.length
      if (isLetterOrDigit(text[at - 1]) || !endsWord(text, end)) continue
      spans.push([at, end])
    }
  }
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1])
  const merged: Array<[number, number]> = []
  for (const span of spans) {
    const last = merged.at(-1)
    if (last && span[0] < last[1]) continue
    merged.push(span)
  }
  return merged
}

/** True when a kept token ends here: at a non-letter, or before an Uzbek suffix (`SCOga`). */
function endsWord(text: string, end: number): boolean {
  if (!isLetterOrDigit(text[end])) return true
  const letters = /\p{L}+/uy
  letters.lastIndex = end
  return suffixes.test(letters.exec(text)?.[0] ?? '')
}

function isLetterOrDigit(character: string | undefined): boolean {
  return character !== undefined && /[\p{L}\p{N}]/u.test(character)
}

function transliterateProse(text: string, dictionary: TransliterationDictionary, words: Prepared): string {
  if (text === '') return text
  // Editors type oʻ, gʻ and ʼ with whatever key is at hand; the rules know only ʻ and ʼ.
  return normalizeUzbekApostrophes(text).text.replace(wordToken, (token, offset: number, whole: string) =>
    // A lone I, V or X is a Roman numeral (`I chorak`) unless a full stop makes it an initial (`I.Karimov`).
    /^[IVX]$/.test(token) && whole[offset + 1] !== '.' ? token : cachedToken(token, dictionary, words)
  )
}

/** A token's transliteration depends on the token and the dictionary alone, so each is worked out once. */
function cachedToken(token: string, dictionary: TransliterationDictionary, words: Prepared): string {
  let cyrillic = words.tokens.get(token)
  if (cyrillic === undefined) {
    if (words.tokens.size >= tokensKept) words.tokens.clear()
    cyrillic = transliterateToken(token, dictionary, words.stems)
    words.tokens.set(token, cyrillic)
  }
  return cyrillic
}

/** A word, or words joined by hyphens, possibly with digits (`ijtimoiy-iqtisodiy`, `2022-yilda`). */
function transliterateToken(token: string, dictionary: TransliterationDictionary, stems: Prepared['stems']): string {
  const whole = lookUp(dictionary.words, token.toLowerCase())
  if (whole !== undefined && token.includes('-')) {
    const targets = whole.split('-')
    const sources = token.split('-')
    if (targets.length === sources.length) return targets.map((target, i) => applyCase(target, sources[i]!)).join('-')
    return applyCase(whole, token)
  }
  const parts = token.split('-')
  let output = ''
  for (const [i, part] of parts.entries()) {
    if (i > 0) output += /^\p{N}+$/u.test(parts[i - 1]!) && isDateWord(part) ? ' ' : '-'
    output += transliteratePart(part, dictionary, stems)
  }
  return output
}

/** What follows `<number>-` in a year or a date: `yil` (or its abbreviation `y`) or a month, with any suffixes. */
function isDateWord(part: string): boolean {
  const lower = part.toLowerCase()
  const word = yearOrMonth.exec(lower)?.[0]
  return lower === 'y' || (word !== undefined && suffixes.test(lower.slice(word.length)))
}

function transliteratePart(part: string, dictionary: TransliterationDictionary, stems: Prepared['stems']): string {
  const runs = part.match(/\p{N}+|[^\p{N}]+/gu) ?? []
  if (runs.length === 1) return /^\p{N}/u.test(part) ? part : transliterateWord(part, dictionary, stems)
  // Letters glued to digits: `B2B`, `G20`, `5G` are codes; `km2` is a unit.
  return runs.map((run) => (/^\p{N}/u.test(run) || /\p{Lu}/u.test(run) ? run : transliterateWord(run, dictionary, stems))).join('')
}

function transliterateWord(word: string, dictionary: TransliterationDictionary, stems: Prepared['stems']): string {
  if (foreignLetter.test(word)) return word
  if (word.length > 1 && romanNumeral.test(word)) return word
  const lower = word.toLowerCase()
  const whole = lookUp(dictionary.words, lower)
  if (whole !== undefined) return applyCase(whole, word)
  for (const [stem, cyrillic] of stems) {
    if (lower.startsWith(stem) && suffixes.test(lower.slice(stem.length))) {
      return applyCase(cyrillic, word.slice(0, stem.length)) + applyRules(word, stem.length)
    }
  }
  return applyRules(word, 0)
}

function lookUp(table: Readonly<Record<string, string>>, key: string): string | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined
}

/** A dictionary spelling in the case of the source: ALL CAPS, Title case, or as listed. */
function applyCase(cyrillic: string, source: string): string {
  const cased = source.replace(/[^\p{L}]|[\u02BB\u02BC]/gu, '')
  if (cased.length > 1 && cased === cased.toUpperCase()) return cyrillic.toUpperCase()
  if (cased !== '' && cased[0] !== cased[0]!.toLowerCase()) return cyrillic.charAt(0).toUpperCase() + cyrillic.slice(1)
  return cyrillic
}

/** The letter rules from `start` on; letters before `start` (a stem) are only looked back at. */
function applyRules(word: string, start: number): string {
  const lower = word.toLowerCase()
  const at = (i: number) => lower[i] ?? ''
  const upper = (i: number) => word[i] !== lower[i]
  const cased = (cyrillic: string, i: number) => (upper(i) ? cyrillic.toUpperCase() : cyrillic)
  let output = ''
  for (let i = start; i < word.length; i++) {
    const letter = at(i)
    const next = at(i + 1)
    if (letter === TUTUQ || letter === OKINA) {
      // In `Isʼhoq` the sign only keeps s and h from reading as ш.
      if (at(i - 1) === 's' && next === 'h') continue
      output += upper(i - 1) && upper(i + 1) ? 'Ъ' : 'ъ'
    } else if ((letter === 's' || letter === 'c') && next === 'h') {
      output += cased(letter === 's' ? 'ш' : 'ч', i)
      i++
    } else if ((letter === 'o' || letter === 'g') && next === OKINA) {
      output += cased(letter === 'o' ? 'ў' : 'ғ', i)
      i++
    } else if (letter === 'y' && next in iotated && !(next === 'o' && at(i + 2) === OKINA)) {
      output += cased(iotated[next]!, i)
      i++
    } else if (letter === 't' && next === 's' && beforeLoanEnding(lower, i + 2)) {
      output += cased('ц', i)
      i++
    } else if (letter === 's' && (at(i - 1) === 'n' || at(i - 1) === 'k') && beforeLoanEnding(lower, i + 1)) {
      output += cased('ц', i)
    } else if (letter === 'e') {
      output += cased(i === 0 || followsVowel(lower, i) ? 'э' : 'е', i)
    } else {
      output += letter in letters ? cased(letters[letter]!, i) : word[i]
    }
  }
  return output
}

/** `i` then a vowel, possibly after `y`: the -iya, -io, -ia of -tsiya, -tsion, -tsial. */
function beforeLoanEnding(lower: string, i: number): boolean {
  if (lower[i] !== 'i') return false
  const after = lower[i + 1] === 'y' ? lower[i + 2] : lower[i + 1]
  return after !== undefined && after !== 'i' && vowels.has(after)
}

function followsVowel(lower: string, i: number): boolean {
  const before = lower[i - 1]
  if (before === OKINA) return lower[i - 2] === 'o'
  return before !== undefined && vowels.has(before)
}
