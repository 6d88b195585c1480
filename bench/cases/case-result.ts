import type {Sample, Summary} from '../measure.ts'

/** The cases a run measures, for each corpus size, in the order they run and are shown. */
export const caseIds = [
  'floor',
  'floorTwoThreads',
  'floorGfmTwoThreads',
  'matbuotCold',
  'matbuotColdJobs1',
  'matbuotWarm',
  'matbuotOneChanged',
  'matbuotOneAdded',
  'matbuotTemplateChange',
  'matbuotDev',
  'hugoFull',
  'hugoServer',
  'eleventyFull'
] as const
export type CaseId = (typeof caseIds)[number]

export const caseLabels: Readonly<Record<CaseId, string>> = {
  floor: 'floor: remark-parse -> remark-rehype -> rehype-stringify',
  floorTwoThreads: 'floor, in 2 worker threads',
  floorGfmTwoThreads: 'floor with remark-gfm, in 2 worker threads',
  matbuotCold: 'Matbuot build, cold (no dist/, no .cache/)',
  matbuotColdJobs1: 'Matbuot build, cold, --jobs 1',
  matbuotWarm: 'Matbuot build, warm (nothing changed)',
  matbuotOneChanged: 'Matbuot build, one release changed',
  matbuotOneAdded: 'Matbuot build, one release added (newest)',
  matbuotTemplateChange: 'Matbuot build, template changed (site.css)',
  matbuotDev: 'matbuot dev: save -> page served',
  hugoFull: 'Hugo full build (HTML, AMP, RSS)',
  hugoServer: 'hugo server: save -> page served',
  eleventyFull: 'Eleventy 3 full build (HTML, Atom)'
}

/** What `--cases` calls each case. */
export const caseNames: Readonly<Record<CaseId, string>> = {
  floor: 'floor',
  floorTwoThreads: 'floor-2',
  floorGfmTwoThreads: 'floor-gfm-2',
  matbuotCold: 'matbuot-cold',
  matbuotColdJobs1: 'matbuot-cold-jobs1',
  matbuotWarm: 'matbuot-warm',
  matbuotOneChanged: 'matbuot-one-changed',
  matbuotOneAdded: 'matbuot-one-added',
  matbuotTemplateChange: 'matbuot-template-change',
  matbuotDev: 'dev',
  hugoFull: 'hugo',
  hugoServer: 'hugo-server',
  eleventyFull: 'eleventy'
}

export type CaseResult =
  | {readonly id: CaseId; readonly samples: readonly Sample[]; readonly summary: Summary}
  /** Not measured, and why (a peer not installed, say, with how to install it). */
  | {readonly id: CaseId; readonly skipped: string}
