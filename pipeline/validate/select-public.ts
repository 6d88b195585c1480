import type {Locale} from '../config/locales.ts'
import type {Release} from './group-releases.ts'

/** A release-language this build leaves out. */
export interface Withheld {
  readonly file: string
  readonly slug: string
  readonly locale: Locale
  /** Set on a generated version (uz-Cyrl from uz): `file` is then its source's, not a file of its own. */
  readonly transliteratedFrom?: Locale
}

/** One left out until its embargo lifts, which it always names. */
export interface Embargoed extends Withheld {
  readonly lifts: string
}

export interface PublicSelection {
  /** Releases with only their public translations; a release with none left is gone. */
  readonly releases: readonly Release[]
  readonly embargoed: readonly Embargoed[]
  readonly drafts: readonly Withheld[]
}

/**
 * Decide what this build may publish: drafts only when asked for, and nothing whose embargo
 * is later than the build's clock. What is withheld disappears from every output at once,
 * because the outputs only ever see the selection. Only a private partner bundle asks for the
 * embargoed ones too.
 */
export function selectPublic(
  releases: readonly Release[],
  {now, drafts, embargoed: includeEmbargoed = false}: {readonly now: Date; readonly drafts: boolean; readonly embargoed?: boolean}
): PublicSelection {
  const embargoed: Embargoed[] = []
  const withheldDrafts: Withheld[] = []
  const selected: Release[] = []
  for (const release of releases) {
    const translations: Partial<Record<Locale, Release['translations'][Locale]>> = {}
    for (const [locale, document] of Object.entries(release.translations) as [Locale, NonNullable<Release['translations'][Locale]>][]) {
      const {embargo, draft} = document.frontMatter
      const withheld = {
        file: document.file,
        slug: release.slug,
        locale,
        ...(document.transliteratedFrom ? {transliteratedFrom: document.transliteratedFrom} : {})
      }
      if (embargo !== undefined && Date.parse(embargo) > now.getTime() && !includeEmbargoed) {
        embargoed.push({...withheld, lifts: embargo})
      } else if (draft === true && !drafts) {
        withheldDrafts.push(withheld)
      } else {
        translations[locale] = document
      }
    }
    if (Object.keys(translations).length > 0) selected.push({...release, translations})
  }
  return {releases: selected, embargoed, drafts: withheldDrafts}
}
