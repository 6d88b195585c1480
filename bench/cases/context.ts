import type {Corpus} from '../corpus/generate.ts'
import type {ReleasePlan} from '../corpus/plan.ts'
import {formatMemory, formatMs} from '../format.ts'
import {summarize, type Sample} from '../measure.ts'
import type {Trash} from '../trash.ts'
import {caseLabels, type CaseId, type CaseResult} from './case-result.ts'

export interface CaseContext {
  readonly corpus: Corpus
  /** Measured runs of each case (the median is reported). */
  readonly runs: number
  readonly log: (line: string) => void
  /** Logged, and kept with the results: facts a reader needs to judge the figures. */
  readonly note: (line: string) => void
  /** Where outputs go instead of being deleted between runs (see trash.ts). */
  readonly trash: Trash
}

/** The release every "one changed" case edits: one from the middle, neither newest nor oldest. */
export function editedRelease(corpus: Corpus): ReleasePlan {
  return corpus.plans[Math.floor(corpus.plans.length / 2)]!
}

/** Measure a case `runs` times, preparing each run first, and log every sample as it lands. */
export async function repeat(context: CaseContext, id: CaseId, measure: (run: number) => Promise<Sample>): Promise<CaseResult> {
  const samples: Sample[] = []
  for (let run = 1; run <= context.runs; run++) {
    const sample = await measure(run)
    samples.push(sample)
    context.log(`  ${caseLabels[id]}  run ${run}/${context.runs}: ${describeSample(sample)}`)
  }
  return {id, samples, summary: summarize(samples)}
}

/** A case that fails is reported as such, and the run goes on with the others. */
export async function attempt(context: CaseContext, id: CaseId, measure: () => Promise<CaseResult | CaseResult[]>): Promise<CaseResult[]> {
  try {
    const result = await measure()
    return Array.isArray(result) ? result : [result]
  } catch (error) {
    context.log(`  ${caseLabels[id]} failed: ${(error as Error).message}`)
    return [{id, skipped: `failed: ${(error as Error).message.split('\n')[0]}`}]
  }
}

export function describeSample(sample: Sample): string {
  const parts = [`${formatMs(sample.wallMs)} wall`]
  if (sample.cpuMs !== undefined) parts.push(`${formatMs(sample.cpuMs)} CPU`)
  if (sample.peakRssKiB !== undefined) parts.push(formatMemory(sample.peakRssKiB))
  return parts.join(', ')
}
