import type {CaseId} from './cases/case-result.ts'
import {caseIds, caseLabels} from './cases/case-result.ts'
import {formatImageWork, formatMemory, formatMs, formatRatio, table} from './format.ts'
import {summaryOf, type Basis, type SizeResult} from './results.ts'
import {describeTarget, type Target} from './targets.ts'

export interface Ratio {
  readonly name: string
  readonly of: CaseId
  readonly to: CaseId
  readonly wall?: number
  readonly cpu?: number
  readonly memory?: number
}

function ratio(size: SizeResult, of: CaseId, to: CaseId, basis: Basis): number | undefined {
  const a = summaryOf(size, of)?.[basis]
  const b = summaryOf(size, to)?.[basis]
  return a === undefined || b === undefined || b === 0 ? undefined : a / b
}

const comparisons: ReadonlyArray<readonly [name: string, of: CaseId, to: CaseId, bases: readonly Basis[]]> = [
  ['Matbuot cold / floor', 'matbuotCold', 'floor', ['wallMs', 'cpuMs', 'peakRssKiB']],
  ['Matbuot cold / floor in 2 threads', 'matbuotCold', 'floorTwoThreads', ['wallMs', 'cpuMs', 'peakRssKiB']],
  ['Matbuot cold / floor with GFM in 2 threads', 'matbuotCold', 'floorGfmTwoThreads', ['wallMs', 'cpuMs', 'peakRssKiB']],
  ['Matbuot cold --jobs 1 / cold', 'matbuotColdJobs1', 'matbuotCold', ['wallMs', 'cpuMs', 'peakRssKiB']],
  ['Matbuot cold / Hugo full', 'matbuotCold', 'hugoFull', ['wallMs', 'cpuMs', 'peakRssKiB']],
  ['Matbuot warm / Hugo full', 'matbuotWarm', 'hugoFull', ['wallMs', 'cpuMs']],
  ['Matbuot one changed / Hugo full', 'matbuotOneChanged', 'hugoFull', ['wallMs', 'cpuMs']],
  ['Matbuot one added / Hugo full', 'matbuotOneAdded', 'hugoFull', ['wallMs', 'cpuMs']],
  ['Matbuot template changed / cold', 'matbuotTemplateChange', 'matbuotCold', ['wallMs', 'cpuMs', 'peakRssKiB']],
  ['matbuot dev / hugo server (save -> served)', 'matbuotDev', 'hugoServer', ['wallMs', 'peakRssKiB']],
  ['Matbuot cold / Eleventy full', 'matbuotCold', 'eleventyFull', ['wallMs', 'cpuMs', 'peakRssKiB']],
  ['Matbuot warm / Eleventy full', 'matbuotWarm', 'eleventyFull', ['wallMs', 'cpuMs']],
  ['Matbuot one changed / Eleventy full', 'matbuotOneChanged', 'eleventyFull', ['wallMs', 'cpuMs']]
]

export function ratiosOf(size: SizeResult): Ratio[] {
  return comparisons.map(([name, of, to, bases]) => {
    const pick = (basis: Basis) => (bases.includes(basis) ? ratio(size, of, to, basis) : undefined)
    const values = {wall: pick('wallMs'), cpu: pick('cpuMs'), memory: pick('peakRssKiB')}
    return {name, of, to, ...Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined))}
  })
}

/** How each case's median wall time grows from the smallest corpus to the largest. */
export function growthOf(sizes: readonly SizeResult[]): {from: number; to: number; cases: Partial<Record<CaseId, number>>} | undefined {
  if (sizes.length < 2) return undefined
  const small = sizes[0]!
  const large = sizes.at(-1)!
  const cases: Partial<Record<CaseId, number>> = {}
  for (const id of caseIds) {
    const a = summaryOf(small, id)?.wallMs
    const b = summaryOf(large, id)?.wallMs
    if (a !== undefined && b !== undefined) cases[id] = b / a
  }
  return {from: small.releases, to: large.releases, cases}
}

export function printSize(size: SizeResult, log: (line: string) => void): void {
  log('')
  log(`N = ${size.releases} releases × 3 languages (${size.sourceFiles} Markdown files)`)
  const rows = [['case', 'runs', 'wall (median)', 'CPU (median)', 'peak RSS', 'image work (median)']]
  for (const id of caseIds) {
    const result = size.cases.find((c) => c.id === id)
    if (!result) continue
    if ('skipped' in result) rows.push([caseLabels[id], '—', 'skipped', '', '', ''])
    else
      rows.push([
        caseLabels[id],
        String(result.summary.runs),
        formatMs(result.summary.wallMs),
        formatMs(result.summary.cpuMs),
        formatMemory(result.summary.peakRssKiB),
        formatImageWork(result.summary.images)
      ])
  }
  log(table(rows))
  for (const result of size.cases) if ('skipped' in result) log(`  ${caseLabels[result.id]}: ${result.skipped}`)
  for (const line of size.notes) log(`  ${line}`)
  const ratios = ratiosOf(size).filter((r) => r.wall !== undefined || r.cpu !== undefined || r.memory !== undefined)
  if (ratios.length === 0) return
  log('')
  log(table([['ratio', 'wall', 'CPU', 'memory'], ...ratios.map((r) => [r.name, formatRatio(r.wall), formatRatio(r.cpu), formatRatio(r.memory)])]))
}

export function printGrowthAndTargets(sizes: readonly SizeResult[], targets: readonly Target[], log: (line: string) => void): void {
  const growth = growthOf(sizes)
  if (growth && Object.keys(growth.cases).length > 0) {
    log('')
    log(`Growth from N=${growth.from} to N=${growth.to} (${(growth.to / growth.from).toFixed(1)}× the releases), median wall time:`)
    log(table(Object.entries(growth.cases).map(([id, value]) => [caseLabels[id as CaseId], formatRatio(value)])))
  }
  log('')
  log('Targets (times: medians; memory: the highest peak of the runs):')
  for (const target of targets) log(`  ${describeTarget(target)}`)
}
