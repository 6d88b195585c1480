import {siteLanguages} from '../config/languages.ts'
import type {Locale} from '../config/locales.ts'
import type {SiteConfig} from '../config/site-config.ts'
import type {Release} from '../validate/group-releases.ts'
import {mapProse, type FrontMatter} from '../validate/front-matter-schema.ts'
import type {ReleaseDocument} from '../validate/read-release-document.ts'
import type {TransliterationDictionary} from './transliteration-dictionary.ts'
import {transliterateUzbek} from './transliterate-uzbek.ts'

/**
 * Give every release its generated languages: a uz-Cyrl version from the Uzbek Latin one, unless
 * editors wrote one by hand. The body is transliterated later, on the rendered tree, so markup,
 * links and code survive; the front matter's prose is transliterated here.
 */
export function deriveTransliteratedReleases(
  releases: readonly Release[],
  config: SiteConfig,
  dictionary: TransliterationDictionary | undefined,
  /** Where a build remembers generated front matter between runs: `make` is called only when it has none. */
  remember: (source: ReleaseDocument, make: () => FrontMatter) => FrontMatter = (_, make) => make()
): Release[] {
  const targets = siteLanguages(config).transliterated
  if (targets.length === 0 || !dictionary) return [...releases]
  return releases.map((release) => {
    const translations: Partial<Record<Locale, ReleaseDocument>> = {...release.translations}
    for (const {code, transliterateFrom} of targets) {
      const source = release.translations[transliterateFrom]
      if (source && !translations[code]) {
        const frontMatter = remember(source, () => mapProse(source.frontMatter, (text) => transliterateUzbek(text, dictionary)))
        translations[code] = {...source, locale: code, transliteratedFrom: source.locale, frontMatter}
      }
    }
    return {...release, translations}
  })
}
