import {z} from 'zod'
import type {Diagnostic} from '../diagnostics/diagnostic.ts'
import {parseJson} from '../load/parse-json.ts'
import {readYaml} from '../load/read-yaml.ts'
import {validateYaml} from '../validate/schema-issues.ts'
import {OKINA, strayApostrophes, TUTUQ} from '../load/uzbek-apostrophes.ts'

/** Editors' exceptions: whole words the rules cannot know, and words to leave as they are. */
export interface TransliterationDictionary {
  /** Latin word (lowercase, as normalized: oʻ gʻ with U+02BB, ʼ U+02BC) -> Cyrillic word (lowercase). Matched case-insensitively on whole words; also as the stem of a longer word when the entry is marked as a stem (see below). */
  readonly words: Readonly<Record<string, string>>
  /** Latin stems whose Cyrillic spelling differs, applied to the start of a word followed by any Uzbek suffix, e.g. "oktabr" -> "октябр" so "oktabrda" -> "октябрда"; a whole-word entry in `words` wins over a stem. */
  readonly stems: Readonly<Record<string, string>>
  /** Tokens kept exactly as written (Latin abbreviations, brand names), matched case-sensitively, e.g. SCO, GCI, ISMI, IT. */
  readonly keep: readonly string[]
}

const latinWord = new RegExp(`^[a-z${OKINA}${TUTUQ}]+(?:-[a-z${OKINA}${TUTUQ}]+)*$`)
const cyrillicWord = /^[а-яёўқғҳ]+(?:-[а-яёўқғҳ]+)*$/
const strayApostrophe = new RegExp(`[${strayApostrophes.join('')}]`)

/** Why a key is not a Latin word as the rules see it, for the first thing wrong with it. */
function latinKeyProblem(key: string): string | undefined {
  if (latinWord.test(key)) return undefined
  if (key === '') return 'unexpected empty key, expected a Latin word'
  if (key !== key.toLowerCase()) return 'unexpected capital letter, expected the Latin word in lowercase (it matches any case)'
  const apostrophe = strayApostrophe.exec(key)
  if (apostrophe) return `unexpected "${apostrophe[0]}", expected oʻ and gʻ with ʻ (U+02BB) and the tutuq belgisi with ʼ (U+02BC)`
  const other = /[^a-z\u02BB\u02BC-]/.exec(key)
  if (other) return `unexpected "${other[0]}", expected only Uzbek Latin letters, ʻ, ʼ and hyphens`
  return 'unexpected hyphen at the start, the end or twice in a row, expected words joined by single hyphens'
}

function cyrillicProblem(value: string): string | undefined {
  if (cyrillicWord.test(value)) return undefined
  if (value === '') return 'unexpected empty spelling, expected a Cyrillic word'
  if (value !== value.toLowerCase()) return 'unexpected capital letter, expected lowercase (the source word’s case is applied)'
  const latin = /[a-z]/i.exec(value)
  if (latin) return `unexpected Latin letter "${latin[0]}", expected Cyrillic only`
  return 'unexpected character, expected only Cyrillic letters and hyphens'
}

/** A zod check that reports `problem`'s message, if any, as the value's issue. */
const reporting = (problem: (value: string) => string | undefined) => (value: string, context: z.RefinementCtx) => {
  const message = problem(value)
  if (message) context.addIssue({code: 'custom', message, input: value})
}

const cyrillicSpelling = z.string({error: 'expected the Cyrillic spelling as a string'}).superRefine(reporting(cyrillicProblem))
const wordKey = z.string().superRefine(reporting(latinKeyProblem))
const stemKey = z
  .string()
  .superRefine(
    reporting(
      (key) =>
        latinKeyProblem(key) ?? (key.includes('-') ? 'unexpected hyphen in a stem, expected one word (hyphenated words go in "words")' : undefined)
    )
  )

const keptToken = z
  .string({error: 'expected a token to keep as written'})
  .superRefine(
    reporting((token) =>
      token.trim() === ''
        ? 'unexpected blank token, expected a token to keep as written'
        : token !== token.trim()
          ? 'unexpected space around the token, expected the token alone'
          : undefined
    )
  )

const transliterationDictionarySchema = z.strictObject(
  {
    /** Notes to editors, one string or a list of lines. */
    $comment: z.union([z.string(), z.array(z.string())], {error: 'expected notes to editors as a string or a list of strings'}).optional(),
    words: z.record(wordKey, cyrillicSpelling, {error: 'expected an object mapping whole Latin words to their Cyrillic spelling'}),
    stems: z.record(stemKey, cyrillicSpelling, {error: 'expected an object mapping Latin stems to their Cyrillic spelling'}),
    keep: z.array(keptToken, {error: 'expected an array of tokens to keep as written'}).superRefine(
      (tokens, context) => {
        for (const [i, token] of tokens.entries()) {
          if (tokens.indexOf(token) < i)
            context.addIssue({code: 'custom', message: 'unexpected second copy of a token, expected each token once', path: [i], input: token})
        }
      },
      // Repeats are reported beside bad tokens, not only once those are fixed.
      {when: (payload) => Array.isArray(payload.value)}
    )
  },
  {error: 'expected an object with "words", "stems" and "keep"'}
)

/**
 * Read the editors' dictionary (`locales/uz-Cyrl.dictionary.json`) and report every bad entry at
 * its line. The dictionary comes back whenever its shape is usable, without the bad entries.
 */
export function readTransliterationDictionary(text: string, file: string): {dictionary?: TransliterationDictionary; problems: Diagnostic[]} {
  const json = parseJson(text, file)
  if (json.data === undefined) return {problems: json.problems}
  // JSON.parse decides what is JSON; read as YAML (JSON is YAML) it can point at keys and values.
  const {yaml, problems} = readYaml(text, file, 1, 'JSON')
  if (!yaml) return {problems}
  const {issues, problems: schemaProblems} = validateYaml(transliterationDictionarySchema, yaml, file)
  return {...usableEntries(yaml.data, issues), problems: schemaProblems}
}

/** The entries no issue is about, when every section has the right shape; otherwise nothing. */
function usableEntries(data: unknown, issues: readonly z.core.$ZodIssue[]): {dictionary?: TransliterationDictionary} {
  // Issues about the whole file or a whole section leave no shape to use; stray keys and notes do no harm.
  const unusable = (issue: z.core.$ZodIssue) =>
    issue.path.length === 0 ? issue.code !== 'unrecognized_keys' : issue.path.length === 1 && issue.path[0] !== '$comment'
  if (issues.some(unusable)) return {}
  const bad = new Set(issues.filter((issue) => issue.path.length >= 2).map((issue) => `${String(issue.path[0])}\n${String(issue.path[1])}`))
  const sections = data as {words: Record<string, string>; stems: Record<string, string>; keep: string[]}
  const table = (section: 'words' | 'stems') =>
    Object.fromEntries(Object.entries(sections[section]).filter(([key]) => !bad.has(`${section}\n${key}`)))
  const keep = sections.keep.filter((_, i) => !bad.has(`keep\n${i}`))
  return {dictionary: Object.freeze({words: Object.freeze(table('words')), stems: Object.freeze(table('stems')), keep: Object.freeze(keep)})}
}
