import {createHash} from 'node:crypto'
import type {Locale} from '../../config/locales.ts'
import type {RenderedRelease} from '../../render/render-release.ts'
import {searchCodeFingerprint} from '../../version.ts'
import {listedIn, localesOf, type SiteModel} from '../site-model.ts'
import {recordOf, type SearchRecord} from './search-records.ts'

/**
 * One locale's articles of one year, indexed as a Pagefind bundle of its own: a corrected
 * release is indexed again with the rest of its year only, and the other years keep their files.
 */
export interface SearchShard {
  readonly locale: Locale
  readonly year: string
  /** Site path of its bundle, e.g. `/pagefind/en/2024/`. */
  readonly folder: string
  /** Newest first, as Pagefind is given them; made when asked for, as they hold the articles' text. */
  readonly records: readonly SearchRecord[]
  /** A digest of the records and of what indexes them: equal keys, equal files. */
  readonly key: string
}

/**
 * Every locale's shards, newest year first: the order the search page merges them in, so results
 * stay newest first. Made one at a time as they are asked for, so a build holds the text of one
 * year's articles at most, not the archive's.
 */
export function* searchShards(model: SiteModel): Iterable<SearchShard> {
  for (const locale of localesOf(model)) {
    const years = new Map<string, RenderedRelease[]>()
    for (const release of listedIn(model, locale)) {
      let releases = years.get(release.year)
      if (!releases) years.set(release.year, (releases = []))
      releases.push(release)
    }
    for (const [year, releases] of years) {
      // Keyed by each release's key in place of its text, which that key covers: a year left as it
      // was is known without reading its articles' text from the store.
      const keyed = releases.map((release) => recordOf(model, locale, release, release.key))
      yield {
        locale,
        year,
        folder: model.paths.searchShard(locale, year),
        get records() {
          return releases.map((release) => recordOf(model, locale, release))
        },
        key: createHash('sha256').update(searchCodeFingerprint()).update('\0').update(JSON.stringify(keyed)).digest('hex')
      }
    }
  }
}

/** The years a locale's search page merges, newest first; what the page shows changes only when these do. */
export function searchYears(model: SiteModel, locale: Locale): string[] {
  return [...new Set(listedIn(model, locale).map((release) => release.year))]
}
