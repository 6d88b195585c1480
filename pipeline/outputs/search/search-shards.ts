import {createHash} from 'node:crypto'
import type {Locale} from '../../config/locales.ts'
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
  /** Newest first, as Pagefind is given them. */
  readonly records: readonly SearchRecord[]
  /** A digest of the records and of what indexes them: equal keys, equal files. */
  readonly key: string
}

/** Every locale's shards, newest year first: the order the search page merges them in, so results stay newest first. */
export function searchShards(model: SiteModel): SearchShard[] {
  return localesOf(model).flatMap((locale) => {
    const years = new Map<string, SearchRecord[]>()
    for (const release of listedIn(model, locale)) {
      let records = years.get(release.year)
      if (!records) years.set(release.year, (records = []))
      records.push(recordOf(model, locale, release))
    }
    return [...years].map(([year, records]) => ({
      locale,
      year,
      folder: model.paths.searchShard(locale, year),
      records,
      key: createHash('sha256').update(searchCodeFingerprint()).update('\0').update(JSON.stringify(records)).digest('hex')
    }))
  })
}

/** The years a locale's search page merges, newest first; what the page shows changes only when these do. */
export function searchYears(model: SiteModel, locale: Locale): string[] {
  return [...new Set(listedIn(model, locale).map((release) => release.year))]
}
