import {caseNames, type CaseId} from './cases/case-result.ts'
import {formatMemory, formatMs, formatRatio} from './format.ts'
import {missingReason, summaryOf, type Basis, type SizeResult} from './results.ts'

/** A case's figure: on the size a target is judged on, or on the size it is compared with. */
interface Figure {
  readonly id: CaseId
  readonly basis: Basis
  readonly on?: 'judged' | 'compared'
}

type Comparison = '≤' | '<' | '≥'

/**
 * A target of the benchmark issues: a figure, or a figure over another, against a limit. The
 * limit is in the figure's own unit (ms, KiB) when there is no `over`, a ratio when there is.
 */
interface TargetSpec {
  readonly name: string
  readonly of: Figure
  readonly over?: Figure
  readonly comparison: Comparison
  readonly limit: number
  /** The corpus size it is set for, and for a growth target the size it is compared with. */
  readonly setFor: {readonly releases: number; readonly comparedWith?: number}
}

export interface Target {
  readonly name: string
  readonly comparison: Comparison
  readonly limit: number
  /** What unit `value` and `limit` are in. */
  readonly unit: 'ratio' | 'ms' | 'KiB'
  readonly setFor: {readonly releases: number; readonly comparedWith?: number}
  /** The sizes it was judged on (the largest measured stands in for one not measured). */
  readonly judgedAt?: {readonly releases: number; readonly comparedWith?: number}
  readonly value?: number
  /** `undefined` when a case it needs was not measured. */
  readonly met?: boolean
  /** The figures it was computed from, or what it would have needed. */
  readonly detail: string
}

/** 300 MB as GNU time counts memory, in KiB. */
const megabytes = (mb: number) => (mb * 1_000_000) / 1024
const wall = (id: CaseId, on?: Figure['on']): Figure => ({id, basis: 'wallMs', ...(on ? {on} : {})})
const peak = (id: CaseId, on?: Figure['on']): Figure => ({id, basis: 'peakRssKiB', ...(on ? {on} : {})})
const at4000 = {releases: 4000}

/** The targets of the speed issues, set for a 2-core machine. */
const specs: readonly TargetSpec[] = [
  {
    name: 'one release changed ≤ 0.05× Hugo full build',
    of: wall('matbuotOneChanged'),
    over: wall('hugoFull'),
    comparison: '≤',
    limit: 0.05,
    setFor: at4000
  },
  {
    name: 'one release changed: within 1.3× of the smaller corpus',
    of: wall('matbuotOneChanged'),
    over: wall('matbuotOneChanged', 'compared'),
    comparison: '≤',
    limit: 1.3,
    setFor: {releases: 16_000, comparedWith: 1000}
  },
  {
    name: 'one release added ≤ 0.1× Hugo full build',
    of: wall('matbuotOneAdded'),
    over: wall('hugoFull'),
    comparison: '≤',
    limit: 0.1,
    setFor: at4000
  },
  {name: 'warm build, nothing changed ≤ 0.3 s', of: wall('matbuotWarm'), comparison: '≤', limit: 300, setFor: at4000},
  {name: 'matbuot dev save -> served ≤ 0.3 s', of: wall('matbuotDev'), comparison: '≤', limit: 300, setFor: at4000},
  {
    name: 'matbuot dev save -> served faster than hugo server',
    of: wall('matbuotDev'),
    over: wall('hugoServer'),
    comparison: '<',
    limit: 1,
    setFor: at4000
  },
  {
    name: "matbuot dev peak memory ≤ 0.5× hugo server's",
    of: peak('matbuotDev'),
    over: peak('hugoServer'),
    comparison: '≤',
    limit: 0.5,
    setFor: at4000
  },
  {name: 'one release changed: peak memory ≤ 300 MB', of: peak('matbuotOneChanged'), comparison: '≤', limit: megabytes(300), setFor: at4000},
  {
    name: 'cold build ≤ 1.25× the floor in 2 threads',
    of: wall('matbuotCold'),
    over: wall('floorTwoThreads'),
    comparison: '≤',
    limit: 1.25,
    setFor: at4000
  },
  {
    name: 'cold build no slower than Eleventy full build',
    of: wall('matbuotCold'),
    over: wall('eleventyFull'),
    comparison: '≤',
    limit: 1,
    setFor: at4000
  },
  {
    name: 'cold build: --jobs 2 ≥ 1.8× as fast as --jobs 1',
    of: wall('matbuotColdJobs1'),
    over: wall('matbuotCold'),
    comparison: '≥',
    limit: 1.8,
    setFor: at4000
  },
  {name: 'cold build peak memory ≤ 500 MB', of: peak('matbuotCold'), comparison: '≤', limit: megabytes(500), setFor: at4000},
  {
    name: 'cold build peak memory: within 1.2× of the smaller corpus',
    of: peak('matbuotCold'),
    over: peak('matbuotCold', 'compared'),
    comparison: '≤',
    limit: 1.2,
    setFor: {releases: 4000, comparedWith: 1000}
  },
  {
    name: 'template-only change ≤ 0.3× cold build',
    of: wall('matbuotTemplateChange'),
    over: wall('matbuotCold'),
    comparison: '≤',
    limit: 0.3,
    setFor: at4000
  }
]

const meets: Readonly<Record<Comparison, (value: number, limit: number) => boolean>> = {
  '≤': (value, limit) => value <= limit,
  '<': (value, limit) => value < limit,
  '≥': (value, limit) => value >= limit
}

/**
 * Every target, judged on the medians of the sizes it is set for. A size that was not measured
 * is stood in for by the largest measured (and, for a growth, the smallest), and the target says so.
 */
export function targetsOf(sizes: readonly SizeResult[], environment: {readonly cpus: number}): Target[] {
  return specs.map((spec) => {
    const unit = spec.over ? 'ratio' : spec.of.basis === 'peakRssKiB' ? 'KiB' : 'ms'
    const base = {name: spec.name, comparison: spec.comparison, limit: spec.limit, unit, setFor: spec.setFor} as const
    const judged = sizes.find((s) => s.releases === spec.setFor.releases) ?? sizes.at(-1)
    const compared = spec.setFor.comparedWith === undefined ? undefined : (sizes.find((s) => s.releases === spec.setFor.comparedWith) ?? sizes[0])
    if (!judged) return {...base, detail: 'no corpus was measured'}
    if (compared === judged) return {...base, detail: `needs N=${spec.setFor.comparedWith} as well (--sizes)`}
    const judgedAt = {releases: judged.releases, ...(compared ? {comparedWith: compared.releases} : {})}
    const sizeOf = (figure: Figure) => (figure.on === 'compared' ? compared! : judged)
    const figures = [spec.of, ...(spec.over ? [spec.over] : [])]
    const values = figures.map((figure) => summaryOf(sizeOf(figure), figure.id)?.[figure.basis])
    const missing = figures.filter((_, i) => values[i] === undefined)
    if (missing.length > 0) {
      const needs = missing.map((figure) => `${caseNames[figure.id]} at N=${sizeOf(figure).releases} (${missingReason(sizeOf(figure), figure.id)})`)
      return {...base, judgedAt, detail: `needs ${[...new Set(needs)].join(', ')}`}
    }
    const [of, over] = values as number[]
    const value = over === undefined ? of! : of! / over
    const shown = figures.map(
      (figure, i) =>
        `${caseNames[figure.id]}${figure.on === 'compared' ? ` at N=${compared!.releases}` : ''} ${formatFigure(values[i]!, figure.basis)}`
    )
    const threads =
      spec.of.id === 'matbuotColdJobs1' && environment.cpus !== 2 ? ` (matbuot-cold used ${environment.cpus} threads, one per CPU, not 2)` : ''
    return {...base, judgedAt, value, met: meets[spec.comparison](value, spec.limit), detail: `${shown.join(' / ')}${threads}`}
  })
}

function formatFigure(value: number, basis: Basis): string {
  return basis === 'peakRssKiB' ? `${formatMemory(value)} peak` : `${formatMs(value)} ${basis === 'wallMs' ? 'wall' : 'CPU'}`
}

/** A value or limit in the unit people read it in: a ratio, seconds, or MB (as the targets are set). */
export function formatTargetValue(value: number | undefined, unit: Target['unit']): string {
  if (value === undefined) return '—'
  if (unit === 'ratio') return formatRatio(value)
  if (unit === 'KiB') return `${Math.round((value * 1024) / 1_000_000).toLocaleString('en-US')} MB`
  return formatMs(value)
}

/** One line per target: verdict, name, where it was judged, value against the limit, the figures. */
export function describeTarget(target: Target): string {
  const verdict = target.met === undefined ? 'not measured' : target.met ? 'met' : 'NOT met'
  const set = target.setFor
  const setText = `N=${set.releases}${set.comparedWith === undefined ? '' : ` vs N=${set.comparedWith}`}`
  const at = target.judgedAt
  const atText = at === undefined ? setText : `N=${at.releases}${at.comparedWith === undefined ? '' : ` vs N=${at.comparedWith}`}`
  const where = atText === setText ? `at ${atText}` : `at ${atText} (set for ${setText})`
  const figures =
    target.value === undefined
      ? target.detail
      : `${formatTargetValue(target.value, target.unit)} (limit ${target.comparison} ${formatTargetValue(target.limit, target.unit)}; ${target.detail})`
  return `[${verdict}] ${target.name}, ${where}: ${figures}`
}
