// The benchmark: Matbuot against the bare Markdown floor, Hugo and Eleventy 3 on one generated corpus.
//   node --import tsx bench/run.ts [--sizes 1000,4000] [--runs 5] [--seed 1] [--cases all] [--images shared] [--markdown]
// --cases takes case names (matbuot-cold, matbuot-warm, dev, floor-2, hugo-server, …) and the
// shorthands matbuot, dev, floor, hugo, eleventy and all; --markdown also writes results/latest.md.
// See bench/README.md for what each case measures and how to install the peers.
import {mkdir, writeFile} from 'node:fs/promises'
import {availableParallelism} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {caseIds, caseNames, type CaseId, type CaseResult} from './cases/case-result.ts'
import {attempt, type CaseContext} from './cases/context.ts'
import {eleventyFullCase} from './cases/eleventy.ts'
import {floorCase} from './cases/floor.ts'
import {hugoFullCase, hugoServerCase} from './cases/hugo.ts'
import {matbuotBuildCases, matbuotDevCase} from './cases/matbuot.ts'
import {matbuotBuildIds, selectCases} from './cases/selection.ts'
import {restoreLeftoverTemplate} from './cases/template-edit.ts'
import {corpusImagesOf, integerList, positiveInteger} from './cli-args.ts'
import {generateCorpus} from './corpus/generate.ts'
import {formatMs} from './format.ts'
import {waitForQuiet} from './machine-load.ts'
import {markdownReport} from './markdown.ts'
import {matbuotSourcesStamp} from './matbuot-sources.ts'
import {gnuTime} from './measure.ts'
import {findEleventy, findHugo} from './peers.ts'
import {growthOf, printGrowthAndTargets, printSize, ratiosOf} from './report.ts'
import type {SizeResult} from './results.ts'
import {targetsOf} from './targets.ts'
import {createTrash} from './trash.ts'

const benchRoot = fileURLToPath(new URL('./', import.meta.url))

const {values} = parseArgs({
  options: {
    sizes: {type: 'string', default: '1000,4000'},
    runs: {type: 'string', default: '5'},
    seed: {type: 'string', default: '1'},
    cases: {type: 'string', default: 'all'},
    images: {type: 'string', default: 'shared'},
    markdown: {type: 'boolean', default: false}
  }
})
const sizes = integerList('--sizes', values.sizes).sort((a, b) => a - b)
const runs = positiveInteger('--runs', values.runs)
const seed = positiveInteger('--seed', values.seed, 0)
const images = corpusImagesOf(values.images)
const selection = selectCases(values.cases)
if ('error' in selection) {
  console.error(selection.error)
  process.exit(2)
}
const chosen = selection.cases
const wanted = (id: CaseId) => chosen.has(id)
const cpus = availableParallelism()

const log = (line: string) => console.log(line)
const hugo = findHugo()
const eleventy = findEleventy()

log(
  `Matbuot benchmark: sizes ${sizes.join(', ')}, ${runs} runs per case, seed ${seed}, ${images} images, ${cpus} CPUs, Node ${process.versions.node}`
)
log(
  `  Cases: ${caseIds
    .filter(wanted)
    .map((id) => caseNames[id])
    .join(', ')}`
)
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

// A template an earlier run was killed while editing (cases/template-edit.ts) is put back first.
const leftover = restoreLeftoverTemplate()
if (leftover) log(`  Restored ${leftover}, which an earlier run was stopped while editing`)

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
  const corpus = await generateCorpus({releases, seed, out, images})
  log(`  in ${formatMs(performance.now() - started)}: ${corpus.dir}`)
  const notes: string[] = []
  const note = (line: string) => {
    notes.push(line)
    log(`  ${line}`)
  }
  const context: CaseContext = {corpus, runs, log, note, trash}
  const busyBefore = await checkQuiet(note)
  const sourcesBefore = matbuotSourcesStamp()
  const cases: CaseResult[] = []
  const skip = (id: CaseId, reason: string) => cases.push({id, skipped: reason})

  if (wanted('floor')) cases.push(...(await attempt(context, 'floor', () => floorCase(context, 'floor'))))
  if (wanted('floorTwoThreads')) cases.push(...(await attempt(context, 'floorTwoThreads', () => floorCase(context, 'floorTwoThreads'))))
  if (wanted('floorGfmTwoThreads')) cases.push(...(await attempt(context, 'floorGfmTwoThreads', () => floorCase(context, 'floorGfmTwoThreads'))))
  const firstBuild = matbuotBuildIds.find(wanted)
  if (firstBuild) cases.push(...(await attempt(context, firstBuild, () => matbuotBuildCases(context, chosen))))
  if (wanted('matbuotDev')) cases.push(...(await attempt(context, 'matbuotDev', () => matbuotDevCase(context))))
  if (wanted('hugoFull')) {
    if (hugo.found) cases.push(...(await attempt(context, 'hugoFull', () => hugoFullCase(context, hugo))))
    else skip('hugoFull', hugo.install)
  }
  if (wanted('hugoServer')) {
    if (hugo.found) cases.push(...(await attempt(context, 'hugoServer', () => hugoServerCase(context, hugo))))
    else skip('hugoServer', hugo.install)
  }
  if (wanted('eleventyFull')) {
    if (eleventy.found) cases.push(...(await attempt(context, 'eleventyFull', () => eleventyFullCase(context, eleventy))))
    else skip('eleventyFull', eleventy.install)
  }

  if (matbuotSourcesStamp() !== sourcesBefore)
    note(
      "Matbuot's sources (pipeline/) changed while this size was measured: builds after the change started afresh, and the figures mix two versions"
    )
  const busyAfter = await checkQuiet(note)
  const size: SizeResult = {releases, sourceFiles: releases * 3, otherCpuBusy: {before: busyBefore, after: busyAfter}, notes, cases}
  results.push(size)
  printSize(size, log)
}
const targets = targetsOf(results, {cpus})
printGrowthAndTargets(results, targets, log)

const report = {
  generatedAt: new Date().toISOString(),
  options: {sizes, runs, seed, images, cases: caseIds.filter(wanted).map((id) => caseNames[id])},
  environment: {
    node: process.versions.node,
    cpus,
    hugo: hugo.found ? hugo.version : null,
    eleventy: eleventy.found ? eleventy.version : null,
    gnuTime: gnuTime !== undefined
  },
  sizes: results.map((size) => ({...size, ratios: ratiosOf(size)})),
  growth: growthOf(results) ?? null,
  targets
}
const resultsDir = join(benchRoot, 'results')
await mkdir(resultsDir, {recursive: true})
await writeFile(join(resultsDir, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`)
log('')
log(`Results written to ${join('bench', 'results', 'latest.json')}`)
if (values.markdown) {
  const markdown = markdownReport(results, targets, {runs, cpus})
  await writeFile(join(resultsDir, 'latest.md'), markdown)
  log('')
  log(markdown.trimEnd())
  log('')
  log(`Markdown written to ${join('bench', 'results', 'latest.md')}`)
}

// Deleting is slow to settle on some file systems (online discard): let it, so that a run started
// right after this one does not pay for it.
await trash.empty()
await waitForQuiet(120_000)
