import type {Sample, Summary} from '../measure.ts'

/** The cases a run measures, for each corpus size. */
export const caseIds = ['floor', 'matbuotCold', 'matbuotWarm', 'matbuotOneChanged', 'matbuotDev', 'hugoFull', 'hugoServer', 'eleventyFull'] as const
export type CaseId = (typeof caseIds)[number]

export const caseLabels: Readonly<Record<CaseId, string>> = {
  floor: 'floor: remark-parse -> remark-rehype -> rehype-stringify',
  matbuotCold: 'Matbuot build, cold (no dist/, no .cache/)',
  matbuotWarm: 'Matbuot build, warm (nothing changed)',
  matbuotOneChanged: 'Matbuot build, one release changed',
  matbuotDev: 'matbuot dev: save -> page served',
  hugoFull: 'Hugo full build (HTML, AMP, RSS)',
  hugoServer: 'hugo server: save -> page served',
  eleventyFull: 'Eleventy 3 full build (HTML, Atom)'
}

export type CaseResult =
  | {readonly id: CaseId; readonly samples: readonly Sample[]; readonly summary: Summary}
  /** Not measured, and why (a peer not installed, say, with how to install it). */
  | {readonly id: CaseId; readonly skipped: string}
