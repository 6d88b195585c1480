import {createHash} from 'node:crypto'
import {siteLanguages} from '../../config/languages.ts'
import type {Locale} from '../../config/locales.ts'
import {searchPeriodOf, searchPeriodStart} from '../../config/urls.ts'
import {formatDate} from '../../localize/format-date.ts'
import type {RenderedRelease} from '../../render/render-release.ts'
import {searchCodeFingerprint} from '../../version.ts'
import {listedIn, localesOf, type SiteModel} from '../site-model.ts'
import {recordOf, type SearchRecord} from './search-records.ts'

/**
 * One locale's articles of one half-year, indexed as a Pagefind bundle of its own: a corrected
 * release is indexed again with the rest of its half-year only, and the others keep their files.
 */
export interface SearchShard {
  readonly locale: Locale
  /** Its half-year (see `searchPeriodOf`), e.g. `2024/2`. */
  readonly period: string
  /** Site path of its bundle, e.g. `/pagefind/en/2024/2/`. */
  readonly folder: string
  /** Newest first, as Pagefind is given them; made when asked for, as they hold the articles' text. */
  readonly records: readonly SearchRecord[]
  /** A digest of the records and of what indexes them: equal keys, equal files. */
  readonly key: string
}

/**
 * Every locale's shards, newest first: the order the search page merges them in, so results
 * stay newest first. Made one at a time as they are asked for, so a build holds the text of one
 * half-year's articles at most, not the archive's.
 */
export function* searchShards(model: SiteModel): Iterable<SearchShard> {
  for (const locale of localesOf(model)) {
    for (const [period, releases] of byPeriod(model, locale)) {
      // Keyed by each release's key in place of its text, which that key covers: a period left as
      // it was is known without reading its articles' text from the store.
      const keyed = releases.map((release) => recordOf(model, locale, release, release.key))
      yield {
        locale,
        period,
        folder: model.paths.searchShard(locale, period),
        get records() {
          return releases.map((release) => recordOf(model, locale, release))
        },
        key: createHash('sha256').update(searchCodeFingerprint()).update('\0').update(JSON.stringify(keyed)).digest('hex')
      }
    }
  }
}

/**
 * The shards a locale's search page searches, newest first: each one's year (which the year
 * filter chooses by), the first day it holds as the page's language writes it (what the page says
 * it searched back to), and its folder.
 */
export function pageShards(model: SiteModel, locale: Locale): {year: string; since: string; folder: string}[] {
  const {intl} = siteLanguages(model.config).get(locale)
  return [...byPeriod(model, locale).keys()].map((period) => {
    const {year, firstDay} = searchPeriodStart(period)
    // Noon in UTC is the first day's date in every time zone a site can be in.
    const since = formatDate(`${firstDay}T12:00:00Z`, intl, model.config.timeZone).dateText
    return {year, since, folder: model.paths.searchShard(locale, period)}
  })
}

/** A locale's listed releases by period, newest first, as the model lists them. */
function byPeriod(model: SiteModel, locale: Locale): Map<string, RenderedRelease[]> {
  const periods = new Map<string, RenderedRelease[]>()
  for (const release of listedIn(model, locale)) {
    const period = searchPeriodOf(release)
    let releases = periods.get(period)
    if (!releases) periods.set(period, (releases = []))
    releases.push(release)
  }
  return periods
}
