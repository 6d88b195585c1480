import type {CaseId, CaseResult} from './cases/case-result.ts'
import {caseIds, caseLabels} from './cases/case-result.ts'
import {formatMemory, formatMs, formatRatio, table} from './format.ts'
import type {Summary} from './measure.ts'

/** Everything measured on one corpus size. */
export interface SizeResult {
  readonly releases: number
  /** Release-language files in the corpus (releases × 3). */
  readonly sourceFiles: number
  /** Share of CPU time other work took while the bench was idle, before and after the cases (null: unknown). */
  readonly otherCpuBusy: {readonly before: number | null; readonly after: number | null}
  readonly notes: readonly string[]
  readonly cases: readonly CaseResult[]
}

type Basis = 'wallMs' | 'cpuMs' | 'peakRssKiB'

export interface Ratio {
  readonly name: string
  readonly of: CaseId
  readonly to: CaseId
  readonly wall?: number
  readonly cpu?: number
  readonly memory?: number
}

export interface Target {
  readonly name: string
  readonly releases: number
  readonly value?: number
  readonly limit: number
  /** `undefined` when a case it needs was not measured. */
  readonly met?: boolean
  readonly detail: string
}

function summaryOf(size: SizeResult, id: CaseId): Summary | undefined {
  const result = size.cases.find((c) => c.id === id)
  return result && 'summary' in result ? result.summary : undefined
}

function ratio(size: SizeResult, of: CaseId, to: CaseId, basis: Basis): number | undefined {
  const a = summaryOf(size, of)?.[basis]
  const b = summaryOf(size, to)?.[basis]
  return a === undefined || b === undefined || b === 0 ? undefined : a / b
}

/** Matbuot's peak memory over its builds: what a machine building the site must have. */
function matbuotPeak(size: SizeResult): number | undefined {
  const peaks = (['matbuotCold', 'matbuotWarm', 'matbuotOneChanged'] as const).flatMap((id) => summaryOf(size, id)?.peakRssKiB ?? [])
  return peaks.length === 0 ? undefined : Math.max(...peaks)
}

const comparisons: ReadonlyArray<readonly [name: string, of: CaseId, to: CaseId, bases: readonly Basis[]]> = [
  ['Matbuot cold / floor', 'matbuotCold', 'floor', ['wallMs', 'cpuMs', 'peakRssKiB']],
  ['Matbuot cold / Hugo full', 'matbuotCold', 'hugoFull', ['wallMs', 'cpuMs', 'peakRssKiB']],
  ['Matbuot warm / Hugo full', 'matbuotWarm', 'hugoFull', ['wallMs', 'cpuMs']],
  ['Matbuot one changed / Hugo full', 'matbuotOneChanged', 'hugoFull', ['wallMs', 'cpuMs']],
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

/** The targets, judged on the largest corpus measured (they are set for N = 4,000). */
export function targetsOf(sizes: readonly SizeResult[]): Target[] {
  const size = sizes.at(-1)
  if (!size) return []
  const n = size.releases
  const judged = (name: string, value: number | undefined, limit: number, detail: string): Target => ({
    name,
    releases: n,
    ...(value === undefined ? {} : {value, met: value <= limit}),
    limit,
    detail
  })
  const hugoPeak = summaryOf(size, 'hugoFull')?.peakRssKiB
  const peak = matbuotPeak(size)
  const targets = [
    judged('cold full build no slower than Eleventy (HTML + feed)', ratio(size, 'matbuotCold', 'eleventyFull', 'wallMs'), 1, 'Matbuot cold / Eleventy full, wall'),
    judged('one release changed ≤ 5% of Hugo full build', ratio(size, 'matbuotOneChanged', 'hugoFull', 'wallMs'), 0.05, 'Matbuot one changed / Hugo full, wall'),
    judged('warm build, nothing changed ≤ 10% of Hugo full build', ratio(size, 'matbuotWarm', 'hugoFull', 'wallMs'), 0.1, 'Matbuot warm / Hugo full, wall'),
    judged('matbuot dev one saved release no slower than hugo server', ratio(size, 'matbuotDev', 'hugoServer', 'wallMs'), 1, 'save -> page served, wall'),
    judged('peak memory ≤ 25% of Hugo', peak === undefined || hugoPeak === undefined ? undefined : peak / hugoPeak, 0.25, 'Matbuot builds peak RSS / Hugo full peak RSS')
  ]
  const growth = growthOf(sizes)
  if (growth) {
    const scale = growth.to / growth.from
    // Linear growth plus 10%: 4.4× from 1,000 to 4,000 releases.
    targets.push({...judged(`N=${growth.to} takes ≤ ${(scale * 1.1).toFixed(1)}× N=${growth.from}`, growth.cases.matbuotCold, scale * 1.1, 'Matbuot cold, wall'), releases: growth.to})
  }
  return targets
}

export function printSize(size: SizeResult, log: (line: string) => void): void {
  log('')
  log(`N = ${size.releases} releases × 3 languages (${size.sourceFiles} Markdown files)`)
  const rows = [['case', 'runs', 'wall (median)', 'CPU (median)', 'peak RSS']]
  for (const id of caseIds) {
    const result = size.cases.find((c) => c.id === id)
    if (!result) continue
    if ('skipped' in result) rows.push([caseLabels[id], '—', 'skipped', '', ''])
    else rows.push([caseLabels[id], String(result.summary.runs), formatMs(result.summary.wallMs), formatMs(result.summary.cpuMs), formatMemory(result.summary.peakRssKiB)])
  }
  log(table(rows))
  for (const result of size.cases) if ('skipped' in result) log(`  ${caseLabels[result.id]}: ${result.skipped}`)
  for (const line of size.notes) log(`  ${line}`)
  log('')
  log(table([['ratio', 'wall', 'CPU', 'memory'], ...ratiosOf(size).map((r) => [r.name, formatRatio(r.wall), formatRatio(r.cpu), formatRatio(r.memory)])]))
}

export function printGrowthAndTargets(sizes: readonly SizeResult[], log: (line: string) => void): void {
  const growth = growthOf(sizes)
  if (growth) {
    log('')
    log(`Growth from N=${growth.from} to N=${growth.to} (${(growth.to / growth.from).toFixed(1)}× the releases), median wall time:`)
    log(table(Object.entries(growth.cases).map(([id, value]) => [caseLabels[id as CaseId], formatRatio(value)])))
  }
  log('')
  log('Targets:')
  for (const target of targetsOf(sizes)) {
    const verdict = target.met === undefined ? 'not measured' : target.met ? 'met' : 'NOT met'
    log(`  [${verdict}] ${target.name} at N=${target.releases}: ${formatRatio(target.value)} (limit ${formatRatio(target.limit)}; ${target.detail})`)
  }
}
