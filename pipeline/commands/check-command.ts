import {loadSite, prepareSite, resolvePaths} from '../build.ts'
import {catalog} from '../diagnostics/catalog.ts'
import {problem} from '../diagnostics/catalog-entry.ts'
import type {Diagnostic} from '../diagnostics/diagnostic.ts'
import {sortDiagnostics} from '../diagnostics/diagnostic.ts'
import {colors, describeDiagnostic, plural} from '../report/terminal.ts'
import {missingCorrections, partlyWithdrawn, staleTranslations, translationCoverage, type Coverage} from '../validate/editorial-warnings.ts'
import {buildOptionsFrom, UsageError, type CommonFlags} from './common-options.ts'
import {requireProject} from './project-folders.ts'

// Far enough ahead that no embargo hides a release from the check.
const endOfTime = new Date(8_640_000_000_000_000)

/** The shared options a check uses: it writes nothing and sees drafts and embargoed releases as if published. */
export const checkCommandOptions = ['baseUrl', 'jobs', 'cache'] as const satisfies readonly (keyof CommonFlags)[]

/**
 * `matbuot check`: validate content/ and locales/ and render everything in memory, writing
 * nothing. Exit status 1 when there are errors.
 */
export async function checkCommand(flags: Pick<CommonFlags, (typeof checkCommandOptions)[number]> & {format?: string}): Promise<number> {
  const format = flags.format ?? 'text'
  if (format !== 'text' && format !== 'json')
    throw new UsageError(problem(catalog.invalidOption, '--format', `expected text or json, got "${format}"`))
  const options = {...buildOptionsFrom(flags), drafts: true, now: endOfTime}
  await requireProject(resolvePaths(options))

  const site = await loadSite(options)
  const prepared = site.config && !site.diagnostics.some((d) => d.severity === 'error') ? await prepareSite(options, site) : undefined
  const locales = site.config?.locales.map((l) => l.code) ?? []
  const releases = site.config ? site.releases : []
  const coverage = translationCoverage(releases, locales)
  const diagnostics = sortDiagnostics([
    ...(prepared?.diagnostics ?? site.diagnostics),
    ...staleTranslations(releases),
    ...missingCorrections(releases),
    ...partlyWithdrawn(releases)
  ])
  const counts = {errors: count(diagnostics, 'error'), warnings: count(diagnostics, 'warning')}

  if (format === 'json') {
    console.log(JSON.stringify({ok: counts.errors === 0, ...counts, diagnostics, translations: coverage}, null, 2))
  } else {
    for (const d of diagnostics) console.error(describeDiagnostic(d, options.root!))
    const incomplete = incompleteReleases(coverage)
    if (incomplete.length > 0) console.log(coverageTable(incomplete, locales))
    console.log(verdictOf(counts, incomplete.length, releases.length))
  }
  return counts.errors > 0 ? 1 : 0
}

function count(diagnostics: readonly Diagnostic[], severity: Diagnostic['severity']): number {
  return diagnostics.filter((d) => d.severity === severity).length
}

/** Releases missing a language: each a row of the table, and a warning. */
function incompleteReleases(coverage: readonly Coverage[]): Coverage[] {
  return coverage.filter((row) => Object.values(row.locales).some((present) => !present))
}

/** The last line: the errors and warnings printed above it, the table's rows among them. */
function verdictOf(counts: {errors: number; warnings: number}, incomplete: number, releases: number): string {
  const warnings = `${plural(counts.warnings + incomplete, 'warning')}${incomplete > 0 ? ` (${plural(incomplete, 'release')} missing a language)` : ''}`
  const verdict = `${plural(counts.errors, 'error')}, ${warnings} in ${plural(releases, 'release')}`
  return counts.errors > 0 ? colors.red(verdict) : colors.green(verdict)
}

/** Releases missing a language, one row each, ✓ where the language exists. */
function coverageTable(incomplete: readonly Coverage[], locales: readonly string[]): string {
  const width = Math.max(...incomplete.map((row) => row.folder.length + row.slug.length + 1), 'release'.length)
  const header = `${'release'.padEnd(width)}  ${locales.map((l) => l.padEnd(3)).join(' ')}`
  const rows = incomplete.map(
    (row) =>
      `${`${row.folder}/${row.slug}`.padEnd(width)}  ${locales.map((l) => (row.locales[l as keyof typeof row.locales] ? '✓  ' : colors.yellow('–  '))).join(' ')}`
  )
  return [colors.yellow('Missing translations:'), header, ...rows].join('\n')
}
