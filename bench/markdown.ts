import {caseIds, caseLabels} from './cases/case-result.ts'
import {formatImageWork, formatMemory, formatMs} from './format.ts'
import type {SizeResult} from './results.ts'
import {describeTarget, type Target} from './targets.ts'

/**
 * The results as Markdown the README's Speed section can take as they are: one row per case,
 * wall, CPU and peak memory for each corpus size, then the targets.
 */
export function markdownReport(
  sizes: readonly SizeResult[],
  targets: readonly Target[],
  options: {readonly runs: number; readonly cpus: number}
): string {
  const shown = caseIds.filter((id) => sizes.some((size) => size.cases.some((c) => c.id === id)))
  const single = sizes.length === 1
  const columns = sizes.flatMap((size) =>
    ['wall', 'CPU', 'peak memory'].map((what) => (single ? what : `N = ${size.releases.toLocaleString('en-US')} ${what}`))
  )
  const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`
  const lines = [
    `N = ${sizes.map((size) => size.releases.toLocaleString('en-US')).join(' and ')} releases × 3 source languages, medians of ${options.runs} run${options.runs === 1 ? '' : 's'} on ${options.cpus} CPUs (peak memory: the highest of the runs):`,
    '',
    row(['case', ...columns]),
    row(['---', ...columns.map(() => '---')])
  ]
  for (const id of shown) {
    const cells = sizes.flatMap((size) => {
      const result = size.cases.find((c) => c.id === id)
      if (!result) return ['', '', '']
      if ('skipped' in result) return [result.skipped.startsWith('failed') ? 'failed' : 'skipped', '', '']
      return [formatMs(result.summary.wallMs), formatMs(result.summary.cpuMs), formatMemory(result.summary.peakRssKiB)]
    })
    lines.push(row([caseLabels[id], ...cells]))
  }
  const imageLines = shown.flatMap((id) =>
    sizes.flatMap((size) => {
      const result = size.cases.find((c) => c.id === id)
      const images = result && 'summary' in result ? result.summary.images : undefined
      return images ? [`- ${caseLabels[id]}, N = ${size.releases.toLocaleString('en-US')}: ${formatImageWork(images)}`] : []
    })
  )
  if (imageLines.length > 0)
    lines.push('', 'Image work (time the build spent making and finding renditions, and renditions made):', '', ...imageLines)
  lines.push('', 'Targets:', '', ...targets.map((target) => `- ${describeTarget(target)}`))
  return `${lines.join('\n')}\n`
}
