import type {CaseId, CaseResult} from './cases/case-result.ts'
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

/** What the ratios and targets compare: medians of times, the highest peak memory. */
export type Basis = 'wallMs' | 'cpuMs' | 'peakRssKiB'

export function summaryOf(size: SizeResult, id: CaseId): Summary | undefined {
  const result = size.cases.find((c) => c.id === id)
  return result && 'summary' in result ? result.summary : undefined
}

/** Why a case has no figure on a size: skipped (and why), or not run. */
export function missingReason(size: SizeResult, id: CaseId): string {
  const result = size.cases.find((c) => c.id === id)
  if (!result) return 'not run'
  return 'skipped' in result ? (result.skipped.startsWith('failed') ? 'failed' : 'skipped') : 'no figure'
}
