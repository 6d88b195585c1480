import {createHash} from 'node:crypto'
import {isLocale, type Locale} from '../config/locales.ts'
import type {SiteConfig} from '../config/site-config.ts'
import type {MediaIndex, MediaInfo} from '../load/media-index.ts'
import type {LocaleResources} from '../localize/locale-resources.ts'
import {createTranslator, MissingTranslationError, type Translate} from '../localize/translator.ts'
import type {TransliterationDictionary} from '../localize/transliteration-dictionary.ts'

/**
 * What a unit's render read besides its own file: the strings it looked up (with the answers
 * it got), the media facts it asked for, the config fields and the transliteration exceptions.
 * A stored render is reused only while every one of these still gives the same answer, so a
 * new image re-renders just the releases that show it and a changed footer string none at all.
 */
export interface RenderReads {
  readonly config: string
  readonly strings: readonly (readonly [
    locale: string,
    key: string,
    values: Readonly<Record<string, string | number>> | null,
    answer: string | null
  ])[]
  readonly media: readonly (readonly [src: string, info: MediaInfo | null])[]
  /** Digest of the editors' exceptions, for units that generate a transliterated version. */
  readonly dictionary: string | null
}

/** The config fields rendering reads: URLs (base, prefixes), AMP, dates, image widths. Page and feed sizes are not among them. */
export function renderConfigDigest(config: SiteConfig): string {
  return once(config, () => digest([config.baseUrl, config.amp, config.timeZone, config.locales, config.images]))
}

export function dictionaryDigest(dictionary: TransliterationDictionary | undefined): string | null {
  return dictionary ? once(dictionary, () => digest(dictionary)) : null
}

// Every unit of a build asks about the same config and dictionary: hash each once.
const digests = new WeakMap<object, string>()

function once(value: object, make: () => string): string {
  let known = digests.get(value)
  if (known === undefined) digests.set(value, (known = make()))
  return known
}

/** Notes every read of one unit's render as it happens. */
export class ReadLog {
  private readonly strings: [string, string, Readonly<Record<string, string | number>> | null, string | null][] = []
  private readonly media = new Map<string, MediaInfo | null>()

  constructor(private readonly resources: LocaleResources) {}

  /** A translator for `locale` whose every answer (or missing key) is noted. */
  translator(locale: Locale): Translate {
    const t = createTranslator(locale, this.resources[locale]!)
    return (key, values) => {
      try {
        const answer = t(key, values)
        this.strings.push([locale, key, values ?? null, answer])
        return answer
      } catch (error) {
        if (error instanceof MissingTranslationError) this.strings.push([locale, key, values ?? null, null])
        throw error
      }
    }
  }

  /** The media index, as seen through a log of which entries were asked for. */
  mediaIndex(index: MediaIndex): MediaIndex {
    const media = this.media
    return new Proxy(index, {
      get(target, property, receiver) {
        if (typeof property === 'string') media.set(property, Object.hasOwn(target, property) ? target[property]! : null)
        return Reflect.get(target, property, receiver)
      }
    })
  }

  reads(config: SiteConfig, dictionary: TransliterationDictionary | undefined, generates: boolean): RenderReads {
    return {
      config: renderConfigDigest(config),
      strings: this.strings,
      media: [...this.media].sort(([a], [b]) => (a < b ? -1 : 1)),
      dictionary: generates ? dictionaryDigest(dictionary) : null
    }
  }
}

/** Whether a stored render's reads still give the same answers in this build. */
export function readsHold(
  reads: RenderReads,
  context: {config: SiteConfig; resources: LocaleResources; media: MediaIndex; transliteration?: TransliterationDictionary}
): boolean {
  if (reads.config !== renderConfigDigest(context.config)) return false
  if (reads.dictionary !== null && reads.dictionary !== dictionaryDigest(context.transliteration)) return false
  for (const [src, info] of reads.media) {
    const now = Object.hasOwn(context.media, src) ? context.media[src]! : null
    if (JSON.stringify(now) !== JSON.stringify(info)) return false
  }
  for (const [locale, key, values, answer] of reads.strings) {
    if (answerNow(context.resources, locale, key, values) !== answer) return false
  }
  return true
}

/**
 * What a string answers now: the text, null for a missing key, undefined for a missing locale.
 * Thousands of units asked the same few questions: the translator answers each once (see translator.ts).
 */
function answerNow(
  resources: LocaleResources,
  locale: string,
  key: string,
  values: Readonly<Record<string, string | number>> | null
): string | null | undefined {
  // A stored read may name a locale this build no longer has.
  const tree = isLocale(locale) ? resources[locale] : undefined
  if (!tree || !isLocale(locale)) return undefined
  try {
    return createTranslator(locale, tree)(key, values ?? undefined)
  } catch (error) {
    if (!(error instanceof MissingTranslationError)) throw error
    return null
  }
}

function digest(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex')
}
