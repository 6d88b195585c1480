import type {Locale} from '../config/locales.ts'
import type {SitePaths} from '../config/urls.ts'
import {catalog} from '../diagnostics/catalog.ts'
import {problem, report} from '../diagnostics/catalog-entry.ts'
import type {Diagnostic} from '../diagnostics/diagnostic.ts'
import type {Release} from './group-releases.ts'
import type {ReleaseDocument} from './read-release-document.ts'

/** Which languages each release has: the rows of the check's coverage table. */
export interface Coverage {
  readonly slug: string
  readonly folder: string
  /** Each locale asked about: whether the release has it. */
  readonly locales: Readonly<Partial<Record<Locale, boolean>>>
}

export function translationCoverage(releases: readonly Release[], locales: readonly Locale[]): Coverage[] {
  return releases.map((release) => ({
    slug: release.slug,
    folder: `${release.year}/${release.month}`,
    locales: Object.fromEntries(locales.map((locale) => [locale, release.translations[locale] !== undefined]))
  }))
}

/** A translation last updated before another language's update was probably not brought along. */
export function staleTranslations(releases: readonly Release[]): Diagnostic[] {
  return releases.flatMap((release) => {
    const documents = Object.values(release.translations)
    const touched = (d: (typeof documents)[number]) => Date.parse(d.frontMatter.updated ?? d.frontMatter.date)
    const newest = documents.reduce((a, b) => (touched(b) > touched(a) ? b : a))
    return documents
      .filter((d) => touched(d) < touched(newest) && newest.frontMatter.updated !== undefined)
      .map((d) =>
        report(d.file, problem(catalog.staleTranslation, newest.file, newest.frontMatter.updated!), {
          ...(d.positions.updated ?? d.positions.date),
          field: d.frontMatter.updated === undefined ? 'date' : 'updated',
          related: [newest.file]
        })
      )
  })
}

/** A correction one translation has (by its instant) that another of the release lacks: probably not brought over. */
export function missingCorrections(releases: readonly Release[]): Diagnostic[] {
  return releases.flatMap((release) => {
    const documents = ownFiles(release)
    const instants = (d: ReleaseDocument) => new Set((d.frontMatter.corrections ?? []).map((c) => Date.parse(c.date)))
    return documents.flatMap((d) => {
      const own = instants(d)
      const lacked = new Map<number, {date: string; files: string[]}>()
      for (const other of documents) {
        if (other === d) continue
        for (const correction of other.frontMatter.corrections ?? []) {
          const instant = Date.parse(correction.date)
          if (own.has(instant)) continue
          const seen = lacked.get(instant) ?? {date: correction.date, files: []}
          if (!seen.files.includes(other.file)) seen.files.push(other.file)
          lacked.set(instant, seen)
        }
      }
      return [...lacked.values()].map(({date, files}) =>
        report(d.file, problem(catalog.missingCorrection, date, files), {
          ...(d.positions.corrections ?? d.positions.date),
          field: 'corrections',
          related: files
        })
      )
    })
  })
}

/** Translations still published while another of the same release is withdrawn: usually the whole release was meant. */
export function partlyWithdrawn(releases: readonly Release[]): Diagnostic[] {
  return releases.flatMap((release) => {
    const documents = ownFiles(release)
    const withdrawn = documents.filter((d) => d.frontMatter.withdrawn !== undefined).map((d) => d.file)
    if (withdrawn.length === 0) return []
    return documents
      .filter((d) => d.frontMatter.withdrawn === undefined)
      .map((d) => report(d.file, problem(catalog.partlyWithdrawn, withdrawn), {...d.positions.date, field: 'withdrawn', related: withdrawn}))
  })
}

/** The files editors write: a generated version (uz-Cyrl) follows its source and has no file of its own. */
function ownFiles(release: Release): ReleaseDocument[] {
  return Object.values(release.translations).filter((d) => d.transliteratedFrom === undefined)
}

/** A release-language's article page, as the link checks know it before anything is rendered. */
export interface LinkedPage {
  readonly file: string
  /** Site path of the article page. */
  readonly path: string
  /** Set when the release-language is withdrawn: its page then shows only the notice, not its links. */
  readonly withdrawn?: object
}

/** What the link checks read of a rendered release-language: declared here, as validation may not import the stages after it. */
export interface LinkingPage extends LinkedPage {
  readonly siteLinks: readonly {readonly href: string; readonly line: number; readonly column: number}[]
}

/** The article pages of a site: all that exist (drafts and embargoed ones too), the published ones, and the withdrawn ones. */
export interface SitePages {
  readonly existing: ReadonlySet<string>
  readonly published: ReadonlySet<string>
  readonly withdrawn: ReadonlySet<string>
}

export function sitePagesOf(every: readonly LinkedPage[], published: readonly LinkedPage[]): SitePages {
  const pathsOf = (pages: readonly LinkedPage[]) => new Set(pages.map((page) => page.path))
  return {existing: pathsOf(every), published: pathsOf(published), withdrawn: pathsOf(every.filter((page) => page.withdrawn !== undefined))}
}

// A site path shaped like a release page's (/<prefix>/<yyyy>/<mm>/<slug>/, its AMP page too), whatever its prefix.
const releaseShaped = /^\/[^/?#]+\/\d{4}\/\d{2}\/[^/?#]+(?:\/(?:amp\/?)?)?(?:[?#].*)?$/

/**
 * A release-language's links to release pages that do not exist, or that this build does not
 * publish, or that are withdrawn. Withheld releases (drafts, embargoed) are checked too, against every release, so a
 * broken link surfaces before they go live; a published page may only link to published ones.
 * A withdrawn page shows none of its links, so its links to other withdrawn releases are not warned about.
 */
export function brokenSiteLinks(article: LinkingPage, pages: SitePages, paths: Pick<SitePaths, 'pageAt' | 'release'>): Diagnostic[] {
  return article.siteLinks.flatMap((link) => {
    const page = paths.pageAt(link.href)
    if (page === undefined && releaseShaped.test(link.href)) {
      return [report(article.file, problem(catalog.linkUnderNoPrefix, link.href), link)]
    }
    // An AMP page exists exactly when its release's page does.
    if (page?.kind !== 'release' && page?.kind !== 'amp') return []
    const target = paths.release(page.locale, page)
    if (!pages.existing.has(target)) {
      return [report(article.file, problem(catalog.linkToNoRelease, link.href), link)]
    }
    if (pages.published.has(article.path) && !pages.published.has(target)) {
      return [report(article.file, problem(catalog.linkToWithheldRelease, link.href), link)]
    }
    if (pages.withdrawn.has(target) && article.withdrawn === undefined) {
      return [report(article.file, problem(catalog.linkToWithdrawnRelease, link.href), link)]
    }
    return []
  })
}
