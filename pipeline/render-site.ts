import {createHash} from 'node:crypto'
import {readFileSync} from 'node:fs'
import {Piscina} from 'piscina'
import {catalog} from './diagnostics/catalog.ts'
import {CatalogError, problem} from './diagnostics/catalog-entry.ts'
import {splitFrontMatter} from './load/split-front-matter.ts'
import {digestOf} from './load/scan-inputs.ts'
import {stripXmlIllegal} from './load/strip-xml-illegal.ts'
import {workerScript} from './runtime.ts'
import type {BodyVariant, LocaleBodies, SiteStore} from './store/site-store.ts'
import type {ReleaseDocument} from './validate/read-release-document.ts'
import {renderCodeFingerprint} from './version.ts'
import {readsHold, type RenderReads} from './render/render-reads.ts'
import type {AmpExtension} from './render/amp/rehype-amp.ts'
import {renderUnit, type RenderContext, type RenderedBody, type RenderedRelease, type RenderedUnit, type RenderUnit} from './render/render-release.ts'
import {
  assembleReleaseFiles,
  everyArticlePageChanged,
  type AssembledFile,
  type ReleasePagesContext,
  type ReleaseToAssemble
} from './outputs/release-files.ts'
import {asMissingTranslation} from './localize/translator.ts'

/** Where a unit's Markdown is: the file, and the digest of the bytes the build loaded it from. */
export interface SourceBody {
  readonly path: string
  readonly digest: string
}

/** A unit as the build knows it before rendering: its documents and where its body is. */
export interface UnitInput {
  readonly source: ReleaseDocument
  readonly derived: readonly ReleaseDocument[]
  readonly body: SourceBody
}

export interface RenderAllOptions {
  readonly store: SiteStore
  /** Threads to render in (1 renders in this thread). */
  readonly jobs: number
  readonly onProgress?: (done: number, total: number) => void
  /** Whole releases get their own files made where they are rendered (default: none do). */
  readonly assembly?: Assembly
  /**
   * Called with each release-language as it is rendered or taken from the store, and the document
   * it was made from; the build keeps what this returns, its bodies aside (default: all of it).
   */
  readonly keep?: (release: RenderedRelease, document: ReleaseDocument | undefined) => RenderedRelease
}

/**
 * A release rendered whole in this build has its files (article, AMP, partner copies) made in
 * the same task: its bodies then go to the store and the files to the writer at once, never
 * held in memory, and the main thread is left the lists, the feeds and the commit. So has a
 * release taken whole from the store none of whose article pages would come out as the last
 * build made them (a template or the config changed): its files are made again in the threads,
 * from its stored bodies, rather than one after another in the main thread.
 */
export interface Assembly {
  readonly pages: ReleasePagesContext
  /** The release a unit belongs to, and which of its languages are published. */
  readonly releaseOf: (input: UnitInput) => ReleaseToAssemble | undefined
  /** The key an output file had when the last build made it. */
  readonly recordedKey: (path: string) => string | undefined
  /** Each release's files, as soon as they are made; rendering waits while the promise it returns is pending. */
  readonly onFiles: (slug: string, files: readonly AssembledFile[]) => Promise<void> | void
}

export interface RenderAllResult {
  /** One entry per unit, in the order given. */
  readonly results: readonly RenderedRelease[][]
  /** Units that had to be rendered (the rest came from the store). */
  readonly rendered: number
}

/** Units rendered together: a release's when its files are made with them, else one; or none, when a stored release's files are made again. */
export interface RenderTask {
  readonly units: readonly RenderUnit[]
  readonly assemble?: ReleaseToAssemble
  /** The release's languages taken from the store, bodies included, that its files are made with. */
  readonly stored?: readonly RenderedRelease[]
}

export interface RenderTaskResult {
  readonly units: readonly {readonly releases: readonly RenderedRelease[]; readonly reads: RenderedUnit['reads']}[]
  readonly files?: readonly AssembledFile[]
}

/** What a render thread is given once: the context of every render, and of every release's files. */
export interface RenderThreadData {
  readonly render: RenderContext
  readonly pages?: ReleasePagesContext
}

// Below this many tasks a pool costs more to start than it saves.
const smallestPoolBatch = 16
// Renders are stored a batch per transaction: one per task would sync the disk thousands of times.
const storeBatch = 64
// Tasks handed to each thread ahead of its results: enough to keep it busy, few enough that
// neither the Markdown read for them nor the files made wait in memory.
const tasksAheadPerThread = 4

/**
 * Render every unit whose stored render no longer holds — its file changed, or something it read
 * (a string, a media file, a config field, the transliteration exceptions, the rendering code)
 * answers differently now — across worker threads; take the others from the store as they are.
 * What crosses threads is plain data: the context once per thread, a task per release or unit.
 */
export async function renderAll(inputs: readonly UnitInput[], context: RenderContext, options: RenderAllOptions): Promise<RenderAllResult> {
  const {store, assembly} = options
  const kept = (release: RenderedRelease, input: UnitInput) => (options.keep ? options.keep(release, documentIn(input, release.locale)) : release)
  const {jobs} = options
  const digests = inputs.map(unitDigest)
  // Renders of one locale mostly read the same strings with the same answers: each set is checked once.
  const verdicts = new Map<string, boolean>()
  const stillHolds = (reads: string): boolean => {
    let holds = verdicts.get(reads)
    if (holds === undefined) verdicts.set(reads, (holds = readsHold(JSON.parse(reads) as RenderReads, context)))
    return holds
  }
  const results: (RenderedRelease[] | undefined)[] = inputs.map((input, index) => {
    const record = store.render(input.source.file)
    if (!record || record.digest !== digests[index] || !stillHolds(record.reads)) return undefined
    return (JSON.parse(record.facts) as RenderedRelease[]).map((facts) => withStoredBodies(kept(facts, input), store))
  })
  const missing = results.flatMap((result, index) => (result ? [] : [index]))
  let done = inputs.length - missing.length
  options.onProgress?.(done, inputs.length)

  const tasks = tasksOf(inputs, missing, results, assembly)
  const unitOf = (index: number): RenderUnit => {
    const {source, derived, body} = inputs[index]!
    return {source, derived, body: markdownOf(body, source.file)}
  }
  let pending: (() => void)[] = []
  const flush = () => {
    store.transaction(() => pending.forEach((put) => put()))
    pending = []
  }
  const keep = async (task: PlannedTask, result: RenderTaskResult) => {
    task.indices.forEach((index, nth) => {
      const unit = result.units[nth]!
      const source = inputs[index]!.source.file
      const facts = JSON.stringify(unit.releases.map(withoutBodies))
      const bodies = unit.releases.map(bodiesOf)
      pending.push(() => store.putRender(source, {digest: digests[index]!, reads: JSON.stringify(unit.reads), facts}, bodies))
      // A release whose files are made holds only its facts from here on; its bodies are in the store.
      results[index] = unit.releases.map((release) =>
        result.files ? withStoredBodies(kept(withoutBodies(release), inputs[index]!), store) : kept(release, inputs[index]!)
      )
      options.onProgress?.(++done, inputs.length)
    })
    if (pending.length >= storeBatch) flush()
    if (result.files && task.assemble) await assembly?.onFiles(task.assemble.slug, result.files)
  }
  const run = (task: PlannedTask): RenderTask => ({
    units: task.indices.map(unitOf),
    ...(task.assemble ? {assemble: task.assemble} : {}),
    ...(task.stored ? {stored: task.stored.flatMap((index) => results[index]!.map(withBodiesRead))} : {})
  })
  try {
    if (jobs === 1 || tasks.length < smallestPoolBatch) {
      for (const task of tasks) {
        await keep(task, renderTask(run(task), context, assembly?.pages))
        // The writer takes the files made so far before the next task renders.
        if (assembly) await new Promise(setImmediate)
      }
    } else {
      const workerData: RenderThreadData = {render: context, ...(assembly ? {pages: assembly.pages} : {})}
      const pool = new Piscina({filename: workerScript('render-worker').href, workerData, maxThreads: jobs, minThreads: jobs})
      try {
        const running = new Set<Promise<void>>()
        for (const task of tasks) {
          const done: Promise<void> = pool
            .run(run(task))
            .catch((error: unknown) => {
              throw asMissingTranslation(error)
            })
            .then((result: RenderTaskResult) => keep(task, result))
            .finally(() => running.delete(done))
          running.add(done)
          if (running.size >= jobs * tasksAheadPerThread) await Promise.race(running)
        }
        await Promise.all(running)
      } finally {
        await pool.destroy()
      }
    }
  } finally {
    flush()
  }
  return {results: results as RenderedRelease[][], rendered: missing.length}
}

/** A task as planned: which units it renders, by index, the release whose files it makes, and its units taken from the store. */
interface PlannedTask {
  readonly indices: readonly number[]
  readonly assemble?: ReleaseToAssemble
  readonly stored?: readonly number[]
}

/**
 * A release's units go together when every one of them is rendered now, so its files can be
 * made from them; a unit of a release partly taken from the store goes alone, and its pages are
 * made later with the rest of the site's. A release taken whole from the store none of whose
 * article pages is current is a task of no units, after the renders, that makes its files again.
 */
function tasksOf(
  inputs: readonly UnitInput[],
  missing: readonly number[],
  results: readonly (RenderedRelease[] | undefined)[],
  assembly?: Assembly
): PlannedTask[] {
  if (!assembly) return missing.map((index) => ({indices: [index]}))
  const bySlug = new Map<string, number[]>()
  inputs.forEach((input, index) => bySlug.set(input.source.slug, [...(bySlug.get(input.source.slug) ?? []), index]))
  const tasks: PlannedTask[] = []
  const planned = new Set<string>()
  for (const index of missing) {
    const slug = inputs[index]!.source.slug
    if (planned.has(slug)) continue
    const units = bySlug.get(slug)!
    const release = units.every((i) => results[i] === undefined) ? assembly.releaseOf(inputs[index]!) : undefined
    if (release) {
      planned.add(slug)
      tasks.push({indices: units, assemble: release})
    } else {
      tasks.push({indices: [index]})
    }
  }
  const {pages, recordedKey} = assembly
  for (const units of bySlug.values()) {
    if (units.some((i) => results[i] === undefined)) continue
    const release = assembly.releaseOf(inputs[units[0]!]!)
    const stored = units.flatMap((i) => results[i]!)
    if (release && everyArticlePageChanged(pages, release, stored, recordedKey)) tasks.push({indices: [], assemble: release, stored: units})
  }
  return tasks
}

/** A task's work, in whichever thread runs it: render its units, key them, and make its release's files. */
export function renderTask(task: RenderTask, context: RenderContext, pages?: ReleasePagesContext): RenderTaskResult {
  const units = task.units.map((unit) => {
    const rendered = renderUnit(unit, context)
    return {releases: rendered.bodies.map(withKey), reads: rendered.reads}
  })
  if (!task.assemble || !pages) return {units}
  return {units, files: assembleReleaseFiles(pages, task.assemble, [...units.flatMap((unit) => unit.releases), ...(task.stored ?? [])])}
}

/** What a unit's render depends on besides what it records reading: its file and the code. */
function unitDigest(input: UnitInput): string {
  return createHash('sha256')
    .update(renderCodeFingerprint())
    .update('\0')
    .update(input.body.digest)
    .update('\0')
    .update(JSON.stringify(input.derived.map((d) => d.locale)))
    .digest('hex')
}

/** The Markdown of a unit, from its file, which must still be what the build loaded. */
function markdownOf(body: SourceBody, label: string): string {
  // Read again as it renders, not held from the load: a build holds no source's text for long.
  const bytes = readFileSync(body.path)
  if (digestOf(bytes) !== body.digest) throw new SourceChanged(label)
  const split = splitFrontMatter(stripXmlIllegal(bytes.toString('utf8')))
  return 'problem' in split ? '' : split.body
}

/** A source saved again while the build ran: its front matter and body would be of two versions. */
export class SourceChanged extends CatalogError {
  override readonly name = 'SourceChanged'
  constructor(file: string) {
    super(problem(catalog.sourceChanged, file))
  }
}

/** A release-language's key is the digest of everything rendered for it: equal keys, equal pages. */
function withKey(body: RenderedBody): RenderedRelease {
  const key = createHash('sha256').update(JSON.stringify(body)).digest('hex')
  return {...body, key}
}

/**
 * Which field of a release-language each stored body is: the one list the store, a release
 * without its bodies and a release reading them back all follow. (The AMP body is the `amp`
 * field's own, below.) The body's text is most of a release's facts, and only the search index
 * reads it.
 */
const storedBodies = {html: 'bodyHtml', absolute: 'absoluteBodyHtml', xhtml: 'xhtmlBody', text: 'bodyText'} as const satisfies Record<
  Exclude<BodyVariant, 'amp'>,
  keyof RenderedRelease
>
const storedVariants = Object.keys(storedBodies) as (keyof typeof storedBodies)[]
const bodyFields = new Set<string>(Object.values(storedBodies))

/** The document a unit's render of one language was made from. */
function documentIn(unit: UnitInput, locale: string): ReleaseDocument | undefined {
  return unit.source.locale === locale ? unit.source : unit.derived.find((document) => document.locale === locale)
}

function withoutBodies(release: RenderedRelease): RenderedRelease {
  return {
    ...release,
    ...Object.fromEntries(storedVariants.map((variant) => [storedBodies[variant], ''])),
    ...(release.amp ? {amp: {extensions: release.amp.extensions, bodyHtml: ''}} : {})
  }
}

function bodiesOf(release: RenderedRelease): LocaleBodies {
  return {
    locale: release.locale,
    bodies: {
      ...Object.fromEntries(storedVariants.map((variant) => [variant, release[storedBodies[variant]]])),
      ...(release.amp ? {amp: release.amp.bodyHtml} : {})
    }
  }
}

/**
 * A stored release-language whose bodies are read from the store when a page that shows them is
 * rendered: a build holds only the facts, and a page left as it was never reads its body. The
 * bodies are getters of the class, not of each release (thousands of per-object accessors and
 * their closures cost more memory than the facts they stand beside); a copy made by spreading
 * one has none, which only the withdrawal notices do, and they show no body.
 */
class StoredRelease {
  readonly #store: SiteStore

  constructor(facts: RenderedRelease, store: SiteStore) {
    const {amp, ...rest} = facts
    const held = Object.fromEntries(Object.entries(rest).filter(([field]) => !bodyFields.has(field)))
    Object.assign(this, held, amp ? {amp: new StoredAmp(this, amp.extensions)} : {})
    this.#store = store
  }

  body(variant: BodyVariant): string {
    const {file, locale} = this as unknown as RenderedRelease
    return this.#store.body(file, locale, variant) ?? ''
  }
}

for (const variant of storedVariants)
  Object.defineProperty(StoredRelease.prototype, storedBodies[variant], {
    get(this: StoredRelease) {
      return this.body(variant)
    }
  })

class StoredAmp {
  readonly #release: StoredRelease

  constructor(
    release: StoredRelease,
    readonly extensions: readonly AmpExtension[]
  ) {
    this.#release = release
  }

  get bodyHtml(): string {
    return this.#release.body('amp')
  }
}

function withStoredBodies(facts: RenderedRelease, store: SiteStore): RenderedRelease {
  return new StoredRelease(facts, store) as unknown as RenderedRelease
}

/** A stored release-language with its bodies read, as plain data that crosses into a thread. */
function withBodiesRead(release: RenderedRelease): RenderedRelease {
  return {
    ...release,
    ...Object.fromEntries(storedVariants.map((variant) => [storedBodies[variant], release[storedBodies[variant]]])),
    ...(release.amp ? {amp: {extensions: release.amp.extensions, bodyHtml: release.amp.bodyHtml}} : {})
  }
}
