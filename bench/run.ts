// The benchmark: Matbuot against the bare Markdown floor, Hugo and Eleventy 3 on one generated corpus.
//   node --import tsx bench/run.ts [--sizes 1000,4000] [--runs 5] [--seed 1] [--cases matbuot,dev,floor,hugo,eleventy]
// See bench/README.md for what each case measures and how to install the peers.
import {mkdir, writeFile} from 'node:fs/promises'
import {availableParallelism} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import type {CaseId, CaseResult} from './cases/case-result.ts'
import type {CaseContext} from './cases/context.ts'
import {eleventyFullCase} from './cases/eleventy.ts'
import {floorCase} from './cases/floor.ts'
import {hugoFullCase, hugoServerCase} from './cases/hugo.ts'
import {matbuotBuildCases, matbuotDevCase} from './cases/matbuot.ts'
import {integerList, positiveInteger} from './cli-args.ts'
import {generateCorpus} from './corpus/generate.ts'
import {formatMs} from './format.ts'
import {waitForQuiet} from './machine-load.ts'
import {gnuTime} from './measure.ts'
import {findEleventy, findHugo} from './peers.ts'
import {createTrash} from './trash.ts'
import {growthOf, printGrowthAndTargets, printSize, ratiosOf, targetsOf, type SizeResult} from './report.ts'

const benchRoot = fileURLToPath(new URL('./', import.meta.url))
const groups = ['floor', 'matbuot', 'dev', 'hugo', 'eleventy'] as const
type Group = (typeof groups)[number]

const {values} = parseArgs({
  options: {
    sizes: {type: 'string', default: '1000,4000'},
    runs: {type: 'string', default: '5'},
    seed: {type: 'string', default: '1'},
    cases: {type: 'string', default: groups.join(',')}
  }
})
const sizes = integerList('--sizes', values.sizes).sort((a, b) => a - b)
const runs = positiveInteger('--runs', values.runs)
const seed = positiveInteger('--seed', values.seed, 0)
const chosen = new Set(values.cases.split(',').map((c) => c.trim()))
for (const group of chosen) {
  if (!(groups as readonly string[]).includes(group)) {
    console.error(`--cases: unexpected "${group}", expected some of ${groups.join(', ')}`)
    process.exit(2)
  }
}
const wanted = (group: Group) => chosen.has(group)

const log = (line: string) => console.log(line)
const hugo = findHugo()
const eleventy = findEleventy()

log(`Matbuot benchmark: sizes ${sizes.join(', ')}, ${runs} runs per case, seed ${seed}, ${availableParallelism()} CPUs, Node ${process.versions.node}`)
log(`  Hugo: ${hugo.found ? hugo.version : `skipped. ${hugo.install}`}`)
log(`  Eleventy: ${eleventy.found ? eleventy.version : `skipped. ${eleventy.install}`}`)
log(`  CPU time and peak memory: ${gnuTime ? 'GNU time' : 'unavailable: GNU time is not installed (apt-get install time)'}`)

/**
 * Other work on the machine shows up in every figure: wait up to a minute for it to end (often
 * it is the kernel still writing out the corpus just generated), and say when it did not.
 */
async function checkQuiet(note: (line: string) => void): Promise<number | null> {
  const busy = await waitForQuiet(60_000)
  if (busy !== undefined && busy > 0.1) note(`Other work kept the CPUs ${Math.round(busy * 100)}% busy while the bench waited: expect noisy figures`)
  return busy ?? null
}

/** A case that fails is reported as such and the run goes on with the others. */
async function attempt(id: CaseId, measure: () => Promise<CaseResult | CaseResult[]>): Promise<CaseResult[]> {
  try {
    const result = await measure()
    return Array.isArray(result) ? result : [result]
  } catch (error) {
    log(`  ${id} failed: ${(error as Error).message}`)
    return [{id, skipped: `failed: ${(error as Error).message.split('\n')[0]}`}]
  }
}

const corpora = join(benchRoot, '.corpus')
const trash = createTrash(join(corpora, '.trash'))
const results: SizeResult[] = []
for (const releases of sizes) {
  log('')
  log(`Generating ${releases} releases × 3 languages…`)
  const started = performance.now()
  const out = join(corpora, String(releases))
  // An earlier corpus is moved aside, not deleted, for the reason trash.ts gives.
  await trash.discard(out)
  const corpus = await generateCorpus({releases, seed, out})
  log(`  in ${formatMs(performance.now() - started)}: ${corpus.dir}`)
  const notes: string[] = []
  const note = (line: string) => {
    notes.push(line)
    log(`  ${line}`)
  }
  const context: CaseContext = {corpus, runs, log, note, trash}
  const busyBefore = await checkQuiet(note)
  const cases: CaseResult[] = []
  const skip = (id: CaseId, reason: string) => cases.push({id, skipped: reason})

  if (wanted('floor')) cases.push(...(await attempt('floor', () => floorCase(context))))
  if (wanted('matbuot')) cases.push(...(await attempt('matbuotCold', () => matbuotBuildCases(context))))
  if (wanted('dev')) cases.push(...(await attempt('matbuotDev', () => matbuotDevCase(context))))
  if (wanted('hugo')) {
    if (hugo.found) {
      cases.push(...(await attempt('hugoFull', () => hugoFullCase(context, hugo))))
      if (wanted('dev')) cases.push(...(await attempt('hugoServer', () => hugoServerCase(context, hugo))))
    } else {
      skip('hugoFull', hugo.install)
      if (wanted('dev')) skip('hugoServer', hugo.install)
    }
  }
  if (wanted('eleventy')) {
    if (eleventy.found) cases.push(...(await attempt('eleventyFull', () => eleventyFullCase(context, eleventy))))
    else skip('eleventyFull', eleventy.install)
  }

  const busyAfter = await checkQuiet(note)
  const size: SizeResult = {releases, sourceFiles: releases * 3, otherCpuBusy: {before: busyBefore, after: busyAfter}, notes, cases}
  results.push(size)
  printSize(size, log)
}
printGrowthAndTargets(results, log)

const report = {
  generatedAt: new Date().toISOString(),
  options: {sizes, runs, seed, cases: [...chosen]},
  environment: {
    node: process.versions.node,
    cpus: availableParallelism(),
    hugo: hugo.found ? hugo.version : null,
    eleventy: eleventy.found ? eleventy.version : null,
    gnuTime: gnuTime !== undefined
  },
  sizes: results.map((size) => ({...size, ratios: ratiosOf(size)})),
  growth: growthOf(results) ?? null,
  targets: targetsOf(results)
}
const resultsDir = join(benchRoot, 'results')
await mkdir(resultsDir, {recursive: true})
await writeFile(join(resultsDir, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`)
log('')
log(`Results written to ${join('bench', 'results', 'latest.json')}`)

// Deleting is slow to settle on some file systems (online discard): let it, so that a run started
// right after this one does not pay for it.
await trash.empty()
await waitForQuiet(120_000)
