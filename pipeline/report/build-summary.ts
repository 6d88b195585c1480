import type {BuildSummary} from '../build.ts'
import type {OutputFormat} from '../outputs/formats.ts'
import type {Withheld} from '../validate/select-public.ts'
import {colors, plural} from './terminal.ts'

/** What an editor wants to know after a build, in a few lines. */
export function describeBuild(summary: BuildSummary, formats: readonly OutputFormat[], outDir: string, warnings: number, timeZone: string): string {
  const groups = new Map<string, number>()
  for (const format of formats) {
    const count = summary.filesPerFormat[format.name] ?? 0
    groups.set(format.group, (groups.get(format.group) ?? 0) + count)
  }
  const lines = [
    colors.green(`Built ${outDir} in ${(summary.durationMs / 1000).toFixed(2)} s`),
    `  releases: ${Object.entries(summary.releasesPerLocale)
      .map(([locale, count]) => `${locale} ${count}`)
      .join(' · ')}`,
    `  files: ${[...groups]
      .filter(([, count]) => count > 0)
      .map(([group, count]) => `${group} ${count}`)
      .join(' · ')}`,
    `  warnings: ${warnings}`,
    colors.dim(`  rendered ${plural(summary.rendered, 'source file')}; wrote ${plural(summary.written, 'file')}, kept ${summary.reused} unchanged`),
    colors.dim(`  images: made ${plural(summary.images.made, 'rendition')} in ${(summary.images.milliseconds / 1000).toFixed(2)} s`)
  ]
  if (summary.searchIndexMs !== undefined) lines.push(colors.dim(`  search index: ${(summary.searchIndexMs / 1000).toFixed(2)} s`))
  // A generated version (uz-Cyrl) shares its source's file: counting it too would count that file twice.
  const draftFiles = summary.drafts.filter((item) => item.transliteratedFrom === undefined).length
  if (draftFiles > 0) lines.push(`  drafts left out: ${plural(draftFiles, 'file')} (publish them with --drafts in a preview)`)
  for (const item of summary.embargoed) {
    const lifts = new Intl.DateTimeFormat('en-GB', {dateStyle: 'medium', timeStyle: 'short', timeZone}).format(new Date(item.lifts))
    lines.push(colors.yellow(`  embargoed: ${withheldName(item)} until ${item.lifts} (${lifts}, ${timeZone})`))
  }
  return lines.join('\n')
}

/** A source file by its path; a generated version by its language and the file it is made from. */
function withheldName(item: Withheld): string {
  return item.transliteratedFrom === undefined ? item.file : `${item.locale} (generated from ${item.file})`
}
