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

/** Editors' exceptions: whole words the rules cannot know, and words to leave as they are. */
export interface TransliterationDictionary {
  /** Latin word (lowercase, as normalized: oʻ gʻ with U+02BB, ʼ U+02BC) -> Cyrillic word (lowercase). Matched case-insensitively on whole words; also as the stem of a longer word when the entry is marked as a stem (see below). */
  readonly words: Readonly<Record<string, string>>
  /** Latin stems whose Cyrillic spelling differs, applied to the start of a word followed by any Uzbek suffix, e.g. "oktabr" -> "октябр" so "oktabrda" -> "октябрда"; a whole-word entry in `words` wins over a stem. */
  readonly stems: Readonly<Record<string, string>>
  /** Tokens kept exactly as written (Latin abbreviations, brand names), matched case-sensitively, e.g. SCO, GCI, ISMI, IT. */
  readonly keep: readonly string[]
}

const OKINA = '\u02BB' // ʻ in oʻ and gʻ
const TUTUQ = '\u02BC' // ʼ, the tutuq belgisi

/** Letters that map one to one; digraphs and context rules are handled before this table. */
const letters: Readonly<Record<string, string>> = {
  a: 'а', b: 'б', c: 'ц', d: 'д', f: 'ф', g: 'г', h: 'ҳ', i: 'и', j: 'ж', k: 'к', l: 'л', m: 'м',
  n: 'н', o: 'о', p: 'п', q: 'қ', r: 'р', s: 'с', t: 'т', u: 'у', v: 'в', x: 'х', y: 'й', z: 'з'
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
}
const prepared = new WeakMap<TransliterationDictionary, Prepared>()

function prepare(dictionary: TransliterationDictionary): Prepared {
  let result = prepared.get(dictionary)
  if (!result) {
    result = {
      // Longest first, so `obyektiv` wins over `obyekt` and `IT Park` over `IT`.
      stems: Object.entries(dictionary.stems).sort(([a], [b]) => b.length - a.length),
      keep: [...dictionary.keep].sort((a, b) => b.length - a.length)
    }
    prepared.set(dictionary, result)
  }
  return result
}

/** Transliterate running prose (a text node's value); punctuation, spacing and digits stay as they are. */
export function transliterateUzbek(text: string, dictionary: TransliterationDictionary): string {
  const {stems, keep} = prepare(dictionary)
  let output = ''
  let position = 0
  for (const [start, end] of protectedSpans(text, keep)) {
    output += transliterateProse(text.slice(position, start), dictionary, stems) + text.slice(start, end)
    position = end
  }
  return output + transliterateProse(text.slice(position), dictionary, stems)
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

/**
 * Editors type oʻ, gʻ and ʼ with whatever key is at hand; map each variant to the two letters
 * the rules know. Only apostrophes inside words are touched, so quotation marks survive.
 */
function normalizeApostrophes(text: string): string {
  return text
    .replace(/(?<=[oOgG])['‘’`\u02BC](?=\p{L})/gu, OKINA)
    .replace(/(?<=\p{L}[gG])['‘’`\u02BC](?![\p{L}\p{N}])/gu, OKINA)
    .replace(/(?<=\p{L})(?<![oOgG])['‘’`\u02BB](?=\p{L})/gu, TUTUQ)
}

function transliterateProse(text: string, dictionary: TransliterationDictionary, stems: Prepared['stems']): string {
  if (text === '') return text
  return normalizeApostrophes(text).replace(wordToken, (token, offset: number, whole: string) =>
    // A lone I, V or X is a Roman numeral (`I chorak`) unless a full stop makes it an initial (`I.Karimov`).
    /^[IVX]$/.test(token) && whole[offset + 1] !== '.' ? token : transliterateToken(token, dictionary, stems)
  )
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

// ---------------------------------------------------------------------------------------------
// The dictionary file

const latinKey = new RegExp(`^[a-z${OKINA}${TUTUQ}]+(?:-[a-z${OKINA}${TUTUQ}]+)*$`)
const cyrillicValue = /^[а-яёўқғҳ]+(?:-[а-яёўқғҳ]+)*$/
const sections = ['words', 'stems', 'keep'] as const

/**
 * Check the editors' dictionary (`locales/uz-Cyrl.dictionary.json`) and say what is wrong with
 * every bad entry. The dictionary comes back whenever its shape is usable, without the bad
 * entries; a top-level `$comment` is allowed for notes to editors.
 */
export function parseDictionary(json: unknown, file: string): {dictionary?: TransliterationDictionary; problems: string[]} {
  if (!isObject(json)) return {problems: [`unexpected ${describe(json)}, expected ${file} to hold an object with "words", "stems" and "keep"`]}
  const problems: string[] = []
  for (const key of Object.keys(json)) {
    if (key !== '$comment' && !(sections as readonly string[]).includes(key)) problems.push(`unexpected key "${key}", expected "words", "stems", "keep" or "$comment"`)
  }
  const words = parseTable(json.words, 'words', problems)
  const stems = parseTable(json.stems, 'stems', problems)
  const keep = parseKeep(json.keep, problems)
  if (!words || !stems || !keep) return {problems}
  return {dictionary: Object.freeze({words, stems, keep}), problems}
}

function parseTable(value: unknown, section: 'words' | 'stems', problems: string[]): Readonly<Record<string, string>> | undefined {
  const meaning = section === 'words' ? 'whole Latin words' : 'Latin stems'
  if (!isObject(value)) {
    problems.push(`${value === undefined ? `missing "${section}"` : `unexpected ${describe(value)} in "${section}"`}, expected an object mapping ${meaning} to their Cyrillic spelling`)
    return undefined
  }
  const table: Record<string, string> = Object.create(null) as Record<string, string>
  for (const [key, cyrillic] of Object.entries(value)) {
    const where = `${section}.${JSON.stringify(key)}`
    const keyProblem = latinKeyProblem(key) ?? (section === 'stems' && key.includes('-') ? 'unexpected hyphen in a stem, expected one word (hyphenated words go in "words")' : undefined)
    const valueProblem = cyrillicValueProblem(cyrillic)
    if (keyProblem) problems.push(`${where}: ${keyProblem}`)
    if (valueProblem) problems.push(`${where}: ${valueProblem}`)
    if (!keyProblem && !valueProblem) table[key] = cyrillic as string
  }
  return Object.freeze(table)
}

function latinKeyProblem(key: string): string | undefined {
  if (latinKey.test(key)) return undefined
  if (key === '') return 'unexpected empty key, expected a Latin word'
  if (key !== key.toLowerCase()) return 'unexpected capital letter, expected the Latin word in lowercase (it matches any case)'
  const apostrophe = /['‘’`]/.exec(key)
  if (apostrophe) return `unexpected "${apostrophe[0]}", expected oʻ and gʻ with ʻ (U+02BB) and the tutuq belgisi with ʼ (U+02BC)`
  const other = /[^a-z\u02BB\u02BC-]/.exec(key)
  if (other) return `unexpected "${other[0]}", expected only Uzbek Latin letters, ʻ, ʼ and hyphens`
  return 'unexpected hyphen at the start, the end or twice in a row, expected words joined by single hyphens'
}

function cyrillicValueProblem(value: unknown): string | undefined {
  if (typeof value !== 'string') return `unexpected ${describe(value)}, expected the Cyrillic spelling as a string`
  if (cyrillicValue.test(value)) return undefined
  if (value === '') return 'unexpected empty spelling, expected a Cyrillic word'
  if (value !== value.toLowerCase()) return `unexpected capital letter in "${value}", expected lowercase (the source word's case is applied)`
  const latin = /[a-z]/i.exec(value)
  if (latin) return `unexpected Latin letter "${latin[0]}" in "${value}", expected Cyrillic only`
  return `unexpected character in "${value}", expected only Cyrillic letters and hyphens`
}

function parseKeep(value: unknown, problems: string[]): readonly string[] | undefined {
  if (!Array.isArray(value)) {
    problems.push(`${value === undefined ? 'missing "keep"' : `unexpected ${describe(value)} in "keep"`}, expected an array of tokens to keep as written`)
    return undefined
  }
  const keep: string[] = []
  for (const [i, token] of value.entries()) {
    if (typeof token !== 'string' || token.trim() === '') problems.push(`keep[${i}]: unexpected ${typeof token === 'string' ? 'blank string' : describe(token)}, expected a token to keep as written`)
    else if (token !== token.trim()) problems.push(`keep[${i}]: unexpected space around ${JSON.stringify(token)}, expected the token alone`)
    else if (keep.includes(token)) problems.push(`keep[${i}]: unexpected second ${JSON.stringify(token)}, expected each token once`)
    else keep.push(token)
  }
  return Object.freeze(keep)
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'string') return `string ${JSON.stringify(value)}`
  return typeof value
}
