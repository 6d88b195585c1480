import {caseIds, caseNames, type CaseId} from './case-result.ts'

/** Every Matbuot build case: the `matbuot` shorthand, and the ones that share one corpus's dist/ and cache. */
export const matbuotBuildIds = [
  'matbuotCold',
  'matbuotColdJobs1',
  'matbuotWarm',
  'matbuotOneChanged',
  'matbuotOneAdded',
  'matbuotTemplateChange'
] as const satisfies readonly CaseId[]

/** Names `--cases` takes besides the cases' own: the groups of earlier versions of the bench, and `all`. */
const shorthands: Readonly<Record<string, readonly CaseId[]>> = {
  all: caseIds,
  matbuot: matbuotBuildIds,
  dev: ['matbuotDev'],
  floor: ['floor'],
  hugo: ['hugoFull'],
  eleventy: ['eleventyFull']
}

const byName = new Map(caseIds.map((id) => [caseNames[id], id] as const))

/** The cases a `--cases` value names (`matbuot-warm,hugo`, say), or what was unexpected in it. */
export function selectCases(value: string): {cases: ReadonlySet<CaseId>} | {error: string} {
  const chosen = new Set<CaseId>()
  for (const name of value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const ids = shorthands[name] ?? (byName.has(name) ? [byName.get(name)!] : undefined)
    if (!ids)
      return {
        error: `--cases: unexpected "${name}", expected some of ${caseIds.map((id) => caseNames[id]).join(', ')}, or the shorthands ${Object.keys(shorthands).join(', ')}`
      }
    for (const id of ids) chosen.add(id)
  }
  if (chosen.size === 0) return {error: '--cases: expected at least one case'}
  return {cases: chosen}
}
