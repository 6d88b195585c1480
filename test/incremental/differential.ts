import {existsSync} from 'node:fs'
import {mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {createRandom} from '../../bench/corpus/prng.ts'
import {build, type BuildResult} from '../../pipeline/build.ts'
import {SiteRenderer} from '../../pipeline/dev/site-renderer.ts'
import {catalog} from '../../pipeline/diagnostics/catalog.ts'
import {formatDiagnostic, type Diagnostic} from '../../pipeline/diagnostics/diagnostic.ts'
import {firstDifference, formatDifference, readTree} from './compare-trees.ts'
import {SiteOnDisk} from './site-on-disk.ts'
import {applyOperation, describeOperation, generateOperation, initialSite, type Operation} from './site-operations.ts'
import {loadSiteBase} from './site-state.ts'

/**
 * The differential check of incremental builds: after each operation of a seeded random
 * sequence, the incremental build (cache on, same root, same output folder) must write the
 * very bytes a clean build writes into a fresh folder, and the preview must serve those of a clean
 * build with drafts and embargoed releases.
 */

export interface SequenceOptions {
  readonly seed: number
  /** Operations to generate (or, with `replay`, to take from it). */
  readonly operations: number
  /** Check the preview after every n-th operation and after the last; 0: no preview at all (default: 10). */
  readonly previewEvery?: number
  /** These operations instead of generated ones: how a failing sequence is shrunk. */
  readonly replay?: readonly Operation[]
  /** Compare only after the last operation; the builds in between still run (default: `false`). */
  readonly compareOnlyAtEnd?: boolean
  /** Leave a failing sequence's site in place to look at (default: `true`). */
  readonly keepFailedSite?: boolean
}

export type Check = 'build' | 'incremental output' | 'incremental diagnostics' | 'preview'

export interface Failure {
  readonly seed: number
  /** The operation after which the check failed; -1 is the initial site. */
  readonly index: number
  readonly check: Check
  /** Every operation applied up to and including the failing one. */
  readonly operations: readonly Operation[]
  readonly detail: string
  /** The site's folder, left in place to look at. */
  readonly root: string
  /** The operations were given (`replay`), not generated from the seed. */
  readonly replayed: boolean
}

export interface SequenceStats {
  readonly applied: number
  readonly skipped: number
  readonly previewChecks: number
  /** Milliseconds spent in each part. */
  readonly ms: {incremental: number; clean: number; compare: number; preview: number; total: number}
}

export type SequenceResult = {readonly ok: true; readonly stats: SequenceStats} | {readonly ok: false; readonly failure: Failure}

export async function runSequence(options: SequenceOptions): Promise<SequenceResult> {
  const started = performance.now()
  const previewEvery = options.previewEvery ?? 10
  const random = createRandom(options.seed)
  let site = initialSite(random)
  const parent = scratchParent()
  const disk = await SiteOnDisk.create(parent, site, await loadSiteBase())
  const scratch = await mkdtemp(join(parent, 'matbuot-differential-clean-'))
  const preview = previewEvery > 0 ? openPreview(disk.root) : undefined
  const operations: Operation[] = []
  const ms = {incremental: 0, clean: 0, compare: 0, preview: 0, total: 0}
  let skipped = 0
  let previewChecks = 0
  let previewPaths: ReadonlySet<string> = new Set()
  // Clean outputs are deleted in the background: freeing files is most of a small build's system time.
  const deletions: Promise<void>[] = []
  const discard = (dir: string) => void deletions.push(rm(dir, {recursive: true, force: true}))
  const timed = async <T>(part: keyof typeof ms, run: () => Promise<T>): Promise<T> => {
    const start = performance.now()
    try {
      return await run()
    } finally {
      ms[part] += performance.now() - start
    }
  }

  /** Build incrementally after a change, then compare if this step is checked; a failure or nothing. */
  const step = async (index: number, changed: readonly string[], last: boolean): Promise<Failure | undefined> => {
    const fail = (check: Check, detail: string): Failure => ({
      seed: options.seed,
      index,
      check,
      operations: [...operations],
      detail,
      root: disk.root,
      replayed: options.replay !== undefined
    })
    try {
      return await checkedStep(index, changed, last, fail)
    } catch (error) {
      return fail('build', `a build or the preview threw: ${(error as Error).stack ?? String(error)}`)
    }
  }
  const checkedStep = async (
    index: number,
    changed: readonly string[],
    last: boolean,
    fail: (check: Check, detail: string) => Failure
  ): Promise<Failure | undefined> => {
    const now = new Date(site.clock)
    const incremental = await timed('incremental', () => build({root: disk.root, now, jobs: 1}))
    const rebuilt = preview && (await timed('preview', () => preview.update(changed, now)))
    if (options.compareOnlyAtEnd && !last)
      return incremental.ok ? undefined : fail('build', `the incremental build failed:\n${errorsOf(incremental)}`)

    const cleanDir = join(scratch, `clean-${index + 1}`)
    const clean = await timed('clean', () => build({root: disk.root, outDir: cleanDir, now, jobs: 1, cache: false}))
    if (!clean.ok) return fail('build', `the clean build failed (the operations made an invalid site):\n${errorsOf(clean)}`)
    if (!incremental.ok) return fail('build', `the incremental build failed where the clean one succeeded:\n${errorsOf(incremental)}`)
    const difference = await timed('compare', async () => firstDifference(readTree(cleanDir), readTree(join(disk.root, 'dist'))))
    discard(cleanDir)
    if (difference) return fail('incremental output', formatDifference(difference, 'clean build', 'incremental build'))
    // A republished withdrawal is said by the build that remembers it, which a clean build has no memory to know.
    const comparable = (diagnostics: readonly Diagnostic[]) => diagnostics.filter((d) => d.id !== catalog.republishedRelease.id).map(formatDiagnostic)
    const [want, got] = [comparable(clean.diagnostics), comparable(incremental.diagnostics)]
    if (JSON.stringify(want) !== JSON.stringify(got))
      return fail('incremental diagnostics', `the clean build reported\n  ${want.join('\n  ')}\nthe incremental one\n  ${got.join('\n  ')}`)

    if (!preview || !rebuilt || (!last && (index + 1) % previewEvery !== 0)) return undefined
    previewChecks++
    if (!rebuilt.ok) return fail('preview', `the preview's rebuild failed:\n${rebuilt.diagnostics.map(formatDiagnostic).join('\n')}`)
    const draftsDir = join(scratch, `drafts-${index + 1}`)
    // The preview shows what a build of drafts and embargoed releases writes (its embargo notices come apart, in `notice`).
    const withDrafts = await timed('clean', () =>
      build({root: disk.root, outDir: draftsDir, now, jobs: 1, cache: false, drafts: true, embargoed: true})
    )
    if (!withDrafts.ok) return fail('build', `the clean build with drafts and embargoed releases failed:\n${errorsOf(withDrafts)}`)
    const previewDifference = await timed('preview', async () => {
      const expected = readTree(draftsDir)
      const served = new Map<string, Uint8Array>()
      // The files of this build, and those of the last check: what is gone must be gone from the preview too.
      for (const path of new Set([...expected.keys(), ...previewPaths])) {
        const response = await preview.serve(`/${path}`)
        if (response.status === 200) served.set(path, Buffer.from(response.body))
      }
      previewPaths = new Set(expected.keys())
      return firstDifference(expected, served)
    })
    discard(draftsDir)
    if (previewDifference) return fail('preview', formatDifference(previewDifference, 'clean build with drafts and embargoed releases', 'preview'))
    return undefined
  }

  const count = options.replay ? Math.min(options.operations, options.replay.length) : options.operations
  let failure = await step(-1, [], count === 0)
  for (let index = 0; index < count && !failure; index++) {
    const operation = options.replay ? options.replay[index]! : generateOperation(random, site)
    const applied = applyOperation(site, operation)
    if (!applied) {
      if (!options.replay) throw new Error(`the generator made an operation that does not apply: ${describeOperation(operation)}`)
      skipped++
      continue
    }
    operations.push(operation)
    site = applied.site
    const changed = await disk.update(applied)
    failure = await step(index, changed, index === count - 1)
  }
  await Promise.all(deletions)
  await rm(scratch, {recursive: true, force: true})
  if (!failure || options.keepFailedSite === false) await rm(disk.root, {recursive: true, force: true})
  if (failure) return {ok: false, failure}
  ms.total = performance.now() - started
  return {ok: true, stats: {applied: operations.length, skipped, previewChecks, ms}}
}

/**
 * The preview as these checks drive it, in one place: its API may soon take the changed paths,
 * which `update` already has. The clock reaches it through the options object, which
 * `SiteRenderer` reads again at every rebuild.
 */
function openPreview(root: string) {
  const options = {root, jobs: 1, now: new Date(0)}
  const renderer = new SiteRenderer(options)
  return {
    // As the preview's watcher does: the saved files' paths, so saves of bodies alone are applied in place.
    update: (changed: readonly string[], now: Date) => {
      options.now = now
      return renderer.rebuild(changed.map((path) => join(root, path)))
    },
    serve: (urlPath: string) => renderer.serve(urlPath)
  }
}

/**
 * Where the sites and clean outputs go: memory-backed /dev/shm when there is one, because on a
 * disk (ext4 mounted with `discard` here) freeing the files of hundreds of builds costs more
 * than making them. `MATBUOT_DIFFERENTIAL_TMP` names another folder.
 */
function scratchParent(): string {
  return process.env.MATBUOT_DIFFERENTIAL_TMP ?? (existsSync('/dev/shm') ? '/dev/shm' : tmpdir())
}

function errorsOf(result: BuildResult): string {
  return result.diagnostics
    .filter((d) => d.severity === 'error')
    .map(formatDiagnostic)
    .join('\n')
}

/** The report of a failure: what failed where, how to replay it, and every operation so far. */
export function formatFailure(failure: Failure): string {
  const where = failure.index < 0 ? 'on the initial site' : `after operation #${failure.index}`
  const lines = failure.operations.map((operation, i) => `  ${String(i).padStart(4)} ${describeOperation(operation)}`)
  const replay = failure.replayed
    ? 'operations given, not generated'
    : `replay: MATBUOT_DIFFERENTIAL_SEED=${failure.seed} MATBUOT_DIFFERENTIAL_OPS=${failure.index + 1}`
  return [
    `${failure.check}: ${where} of seed ${failure.seed} (${replay}; site left in ${failure.root})`,
    failure.detail,
    `operations applied (${failure.operations.length}):`,
    ...lines
  ].join('\n')
}
