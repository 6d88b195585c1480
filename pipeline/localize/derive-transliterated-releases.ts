import type {Locale} from '../config/locales.ts'
import type {SiteConfig} from '../config/site-config.ts'
import type {Release} from '../validate/group-releases.ts'
import {mapProse} from '../validate/front-matter-schema.ts'
import type {ReleaseDocument} from '../validate/read-release-document.ts'
import {transliterateUzbek, type TransliterationDictionary} from './transliterate-uzbek.ts'

/**
 * Give every release its generated languages: a uz-Cyrl version from the Uzbek Latin one, unless
 * editors wrote one by hand. The body is transliterated later, on the rendered tree, so markup,
 * links and code survive; the front matter's prose is transliterated here.
 */
export function deriveTransliteratedReleases(releases: readonly Release[], config: SiteConfig, dictionary: TransliterationDictionary | undefined): Release[] {
  const targets = config.locales.flatMap((l) => (l.transliterateFrom ? [{code: l.code, from: l.transliterateFrom}] : []))
  if (targets.length === 0 || !dictionary) return [...releases]
  return releases.map((release) => {
    const translations: Partial<Record<Locale, ReleaseDocument>> = {...release.translations}
    for (const {code, from} of targets) {
      const source = release.translations[from]
      if (source && !translations[code]) translations[code] = transliterated(source, code, dictionary)
    }
    return {...release, translations}
  })
}

function transliterated(source: ReleaseDocument, locale: Locale, dictionary: TransliterationDictionary): ReleaseDocument {
  return {...source, locale, transliteratedFrom: source.locale, frontMatter: mapProse(source.frontMatter, (text) => transliterateUzbek(text, dictionary))}
}
