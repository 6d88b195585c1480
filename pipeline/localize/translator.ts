import i18next, {type i18n} from 'i18next'
import type {Languages} from '../config/languages.ts'
import type {Locale} from '../config/locales.ts'
import type {LocaleResources, ResourceTree} from './locale-resources.ts'

/** Looks up UI strings for one locale; a missing key throws rather than leak onto a page. */
export type Translate = (key: string, values?: Readonly<Record<string, string | number>>) => string

export class MissingTranslationError extends Error {
  override readonly name = 'MissingTranslation'
  constructor(
    readonly locale: Locale,
    readonly key: string
  ) {
    super(missingTranslationMessage(locale, key))
  }
}

function missingTranslationMessage(locale: string, key: string): string {
  return `locales/${locale}.json has no string "${key}", which the pages need: add it (every language's file needs it)`
}

const missingTranslationShape = /^locales\/(.+)\.json has no string "(.+)", which the pages need/

/** The error again when a worker thread handed it over as a plain Error (a thread keeps only the message). */
export function asMissingTranslation(error: unknown): unknown {
  const match = error instanceof Error && !(error instanceof MissingTranslationError) ? missingTranslationShape.exec(error.message) : null
  return match ? new MissingTranslationError(match[1] as Locale, match[2]!) : error
}

/** The i18next instance of a resource set, and the answers it gave. */
interface Lookup {
  readonly i18n: i18n
  readonly answers: Map<string, string>
}

const lookups = new WeakMap<ResourceTree, Lookup>()
// Enough for every string of a site's pages with the values they ask for; more are forgotten all at once.
const answersKept = 10_000

/**
 * One i18next instance per resource set (so one per build and per worker), never the global one.
 * Pages and renders ask the same questions thousands of times (each render through a translator
 * of its own, see render-reads.ts): each is put to i18next once per resource set.
 */
export function createTranslator(locale: Locale, tree: ResourceTree): Translate {
  let lookup = lookups.get(tree)
  if (!lookup) {
    const instance = i18next.createInstance()
    void instance.init({
      lng: locale,
      // A missing string is an error, never another language's text.
      fallbackLng: false,
      resources: {[locale]: {translation: tree}},
      initAsync: false,
      returnNull: false,
      // Pages are built as trees that escape text themselves; escaping here would double it.
      interpolation: {escapeValue: false}
    })
    lookups.set(tree, (lookup = {i18n: instance, answers: new Map()}))
  }
  const {i18n, answers} = lookup
  return (key, values) => {
    const question = values === undefined ? key : `${key}\0${JSON.stringify(values)}`
    const known = answers.get(question)
    if (known !== undefined) return known
    if (!i18n.exists(key, values)) throw new MissingTranslationError(locale, key)
    const text = i18n.t(key, values) as string
    if (answers.size >= answersKept) answers.clear()
    answers.set(question, text)
    return text
  }
}

/** A translator per configured language, over the build's strings. */
export function translatorsFor(languages: Languages, resources: LocaleResources): Readonly<Record<Locale, Translate>> {
  return languages.table(({code}) => createTranslator(code, resources[code]!))
}
