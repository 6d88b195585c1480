import type {Locale} from '../config/locales.ts'
import {compareStrings, diagnostic, type Diagnostic} from '../diagnostics/diagnostic.ts'
import type {ReleaseDocument} from './read-release-document.ts'

/** All translations of one release: they share slug, folder and date. */
export interface Release {
  readonly slug: string
  readonly year: string
  readonly month: string
  readonly date: string
  readonly translations: Readonly<Partial<Record<Locale, ReleaseDocument>>>
}

/**
 * Group release-languages by slug (the translation key) and check what only the set can show:
 * two files for one release-language (one URL), translations that disagree on the date, and a
 * folder that disagrees with the date. Each problem names every file involved.
 */
export function groupReleases(documents: readonly ReleaseDocument[], timeZone: string): {releases: Release[]; problems: Diagnostic[]} {
  const problems: Diagnostic[] = []
  const bySlug = new Map<string, ReleaseDocument[]>()
  for (const document of documents) bySlug.set(document.slug, [...(bySlug.get(document.slug) ?? []), document])

  const releases: Release[] = []
  for (const [slug, group] of bySlug) {
    const groupProblems = [...duplicateLocales(slug, group), ...disagreeingDates(slug, group)]
    if (groupProblems.length === 0) groupProblems.push(...misplacedFiles(group, timeZone))
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

function duplicateLocales(slug: string, group: readonly ReleaseDocument[]): Diagnostic[] {
  return group.flatMap((d) => {
    const twins = group.filter((other) => other !== d && other.locale === d.locale)
    if (twins.length === 0) return []
    return [
      diagnostic('error', d.file, `two files map to one URL /${d.locale}/…/${slug}/, expected one file per release and language`, {
        related: twins.map((t) => t.file)
      })
    ]
  })
}

function disagreeingDates(slug: string, group: readonly ReleaseDocument[]): Diagnostic[] {
  if (new Set(group.map((d) => Date.parse(d.frontMatter.date))).size <= 1) return []
  const dates = group.map((g) => `${g.file}: ${g.frontMatter.date}`).join('; ')
  return group.map((d) =>
    diagnostic('error', d.file, `translations of "${slug}" disagree on the date, expected the same date in every language (${dates})`, {
      ...d.positions.date,
      field: 'date',
      related: group.filter((g) => g !== d).map((g) => g.file)
    })
  )
}

function misplacedFiles(group: readonly ReleaseDocument[], timeZone: string): Diagnostic[] {
  return group.flatMap((d) => {
    const [year, month] = yearMonthIn(d.frontMatter.date, timeZone)
    if (year === d.year && month === d.month) return []
    return [
      diagnostic('error', d.file, `unexpected folder ${d.year}/${d.month}, expected ${year}/${month} to match the date in ${timeZone}`, {
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
