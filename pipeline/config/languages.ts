import type {Locale} from './locales.ts'
import type {LocaleSettings, SiteConfig} from './site-config.ts'

/** One configured language, as every stage asks about it. */
export interface Language {
  readonly code: Locale
  /** BCP 47 tag written into lang and hreflang, e.g. uz-Latn. */
  readonly tag: string
  /** Locale handed to Intl for dates, e.g. en-GB. */
  readonly intl: string
  /** URL prefix of its pages, without slashes (default: the code in lowercase, e.g. `uz-cyrl`). */
  readonly prefix: string
  /** The language's own name, shown in the language switcher. */
  readonly label: string
  /** The language it is generated from by transliteration, when it is generated. */
  readonly transliterateFrom?: Locale
}

/** A language generated from another one; editors may still write a file by hand, which wins. */
export type TransliteratedLanguage = Language & {readonly transliterateFrom: Locale}

/** The site's languages, in config order, with the lookups the stages need. */
export interface Languages {
  readonly all: readonly Language[]
  readonly codes: readonly Locale[]
  /** The language of `/` and of `x-default`. */
  readonly default: Language
  readonly transliterated: readonly TransliteratedLanguage[]
  /** A code from outside the build (a URL, a stored read): undefined unless it is configured. */
  find(code: string): Language | undefined
  /** A locale that validation already matched to the config; any other is a bug, and throws naming it. */
  get(code: Locale): Language
  /** One value per language, keyed by its code. */
  table<T>(make: (language: Language) => T): Readonly<Record<Locale, T>>
}

export function languagePrefix(settings: Pick<LocaleSettings, 'code' | 'prefix'>): string {
  return settings.prefix ?? settings.code.toLowerCase()
}

export function createLanguages(config: Pick<SiteConfig, 'locales' | 'defaultLocale'>): Languages {
  const all = config.locales.map(toLanguage)
  const byCode = new Map<string, Language>()
  // A code listed twice: lookups find its first entry.
  for (const language of all) if (!byCode.has(language.code)) byCode.set(language.code, language)
  const get = (code: Locale): Language => {
    const language = byCode.get(code)
    if (!language) throw new Error(`unexpected locale ${code}, expected one of the configured locales ${[...byCode.keys()].join(', ')}`)
    return language
  }
  return {
    all,
    codes: all.map((l) => l.code),
    default: get(config.defaultLocale),
    transliterated: all.filter((l): l is TransliteratedLanguage => l.transliterateFrom !== undefined),
    find: (code) => byCode.get(code),
    get,
    // Only configured locales reach the stages that read a table, so every key they ask for is there.
    table: <T>(make: (language: Language) => T) => Object.fromEntries(all.map((l) => [l.code, make(l)])) as Record<Locale, T>
  }
}

function toLanguage(settings: LocaleSettings): Language {
  const {code, tag, intl, label, transliterateFrom} = settings
  return {code, tag, intl, prefix: languagePrefix(settings), label, ...(transliterateFrom === undefined ? {} : {transliterateFrom})}
}

const built = new WeakMap<object, Languages>()

/** The languages of one config, built once (a worker thread's copy of the config builds its own). */
export function siteLanguages(config: Pick<SiteConfig, 'locales' | 'defaultLocale'>): Languages {
  let languages = built.get(config)
  if (!languages) built.set(config, (languages = createLanguages(config)))
  return languages
}
