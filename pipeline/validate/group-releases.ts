import {siteLanguages} from '../config/languages.ts'
import type {Locale} from '../config/locales.ts'
import type {SiteConfig} from '../config/site-config.ts'
import {sitePathsFor} from '../config/urls.ts'
import {catalog} from '../diagnostics/catalog.ts'
import {problem, report} from '../diagnostics/catalog-entry.ts'
import {compareStrings, type Diagnostic} from '../diagnostics/diagnostic.ts'
import type {ReleaseDocument} from './read-release-document.ts'

/** All translations of one release: they share slug, folder and date. */
export interface Release {
  readonly slug: string
  readonly year: string
  readonly month: string
  readonly date: string
  readonly translations: Readonly<Partial<Record<Locale, ReleaseDocument>>>
}

type GroupingConfig = Pick<SiteConfig, 'timeZone' | 'locales' | 'defaultLocale'>

/**
 * Group release-languages by slug (the translation key) and check what only the set can show:
 * one slug used by two releases of a language, a translation whose date differs from the others,
 * and a folder that disagrees with the date. Each problem names every file involved.
 */
export function groupReleases(documents: readonly ReleaseDocument[], config: GroupingConfig): {releases: Release[]; problems: Diagnostic[]} {
  const problems: Diagnostic[] = []
  const bySlug = new Map<string, ReleaseDocument[]>()
  for (const document of documents) bySlug.set(document.slug, [...(bySlug.get(document.slug) ?? []), document])

  const releases: Release[] = []
  for (const [slug, group] of bySlug) {
    // Two releases under one slug have no one date to agree on: the collision is the problem.
    const collisions = duplicateLocales(slug, group, config)
    const groupProblems = collisions.length > 0 ? collisions : disagreeingDates(group, config)
    if (groupProblems.length === 0) groupProblems.push(...misplacedFiles(group, config.timeZone))
    problems.push(...groupProblems)
    if (groupProblems.length > 0) continue

    const translations: Partial<Record<Locale, ReleaseDocument>> = {}
    for (const d of group) translations[d.locale] = d
    const first = group[0]!
    releases.push({slug, year: first.year, month: first.month, date: first.frontMatter.date, translations})
  }
  releases.sort(newestFirst)
  return {releases, problems}
}

export function newestFirst(a: Pick<Release, 'date' | 'slug'>, b: Pick<Release, 'date' | 'slug'>): number {
  return Date.parse(b.date) - Date.parse(a.date) || compareStrings(a.slug, b.slug)
}

function duplicateLocales(slug: string, group: readonly ReleaseDocument[], config: GroupingConfig): Diagnostic[] {
  const paths = sitePathsFor(config)
  return group.flatMap((d) => {
    const twins = group.filter((other) => other !== d && other.locale === d.locale)
    if (twins.length === 0) return []
    const urls = [...new Set([d, ...twins].map((r) => paths.release(r.locale, r)))].sort(compareStrings)
    return [report(d.file, problem(catalog.slugCollision, slug, urls), {related: twins.map((t) => t.file)})]
  })
}

/** The date most translations share is the release's; on a tie, the default language's (then config order) wins. */
function disagreeingDates(group: readonly ReleaseDocument[], config: GroupingConfig): Diagnostic[] {
  const byDate = new Map<number, ReleaseDocument[]>()
  for (const d of group) byDate.set(Date.parse(d.frontMatter.date), [...(byDate.get(Date.parse(d.frontMatter.date)) ?? []), d])
  if (byDate.size <= 1) return []
  const order = siteLanguages(config).codes
  const rank = (files: readonly ReleaseDocument[]) =>
    Math.min(...files.map((d) => (d.locale === config.defaultLocale ? -1 : order.indexOf(d.locale))))
  const [, agreed] = [...byDate].sort(([, a], [, b]) => b.length - a.length || rank(a) - rank(b))[0]!
  const expected = agreed[0]!.frontMatter.date
  return group
    .filter((d) => !agreed.includes(d))
    .map((d) =>
      report(d.file, problem(catalog.disagreeingDate, d.frontMatter.date, expected), {
        ...d.positions.date,
        field: 'date',
        expected,
        actual: d.frontMatter.date,
        related: agreed.map((g) => g.file)
      })
    )
}

function misplacedFiles(group: readonly ReleaseDocument[], timeZone: string): Diagnostic[] {
  return group.flatMap((d) => {
    const [year, month] = yearMonthIn(d.frontMatter.date, timeZone)
    if (year === d.year && month === d.month) return []
    return [
      report(d.file, problem(catalog.misplacedFolder, `${d.year}/${d.month}`, `${year}/${month}`, timeZone), {
        ...d.positions.date,
        field: 'date'
      })
    ]
  })
}

const yearMonthFormats = new Map<string, Intl.DateTimeFormat>()

function yearMonthIn(isoDate: string, timeZone: string): [string, string] {
  let format = yearMonthFormats.get(timeZone)
  if (!format) yearMonthFormats.set(timeZone, (format = new Intl.DateTimeFormat('en-US', {timeZone, year: 'numeric', month: '2-digit'})))
  const parts = format.formatToParts(new Date(isoDate))
  const get = (type: string) => parts.find((p) => p.type === type)!.value
  return [get('year'), get('month')]
}
