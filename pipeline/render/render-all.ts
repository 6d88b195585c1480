import {createHash} from 'node:crypto'
import {readFileSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import {Piscina} from 'piscina'
import {splitFrontMatter} from '../load/split-front-matter.ts'
import {stripXmlIllegal} from '../load/strip-xml-illegal.ts'
import {workerScript} from '../runtime.ts'
import type {BodyVariant, SiteStore} from '../store/site-store.ts'
import type {ReleaseDocument} from '../validate/read-release-document.ts'
import {renderCodeFingerprint} from '../version.ts'
import {readsHold, type RenderReads} from './render-reads.ts'
import {renderUnit, type RenderContext, type RenderedBody, type RenderedRelease, type RenderedUnit, type RenderUnit} from './render-release.ts'

/** Where a unit's Markdown is: the file, its digest, and its text when the build already read it. */
export interface SourceBody {
  readonly path: string
  readonly digest: string
  readonly text?: string
}

/** A unit as the build knows it before rendering: its documents and where its body is. */
export interface UnitInput {
  readonly source: ReleaseDocument
  readonly derived: readonly ReleaseDocument[]
  readonly body: SourceBody
}

export interface RenderAllOptions {
  readonly store: SiteStore
  /** Threads to render in (default: the machine's cores; 1 renders in this thread). */
  readonly jobs?: number
  readonly onProgress?: (done: number, total: number) => void
}

export interface RenderAllResult {
  /** One entry per unit, in the order given. */
  readonly results: readonly RenderedRelease[][]
  /** Units that had to be rendered (the rest came from the store). */
  readonly rendered: number
}

// Below this many units a pool costs more to start than it saves.
const smallestPoolBatch = 16

/**
 * Render every unit whose stored render no longer holds — its file changed, or something it read
 * (a string, a media file, a config field, the transliteration exceptions, the rendering code)
 * answers differently now — across worker threads; take the others from the store as they are.
 * What crosses threads is plain data: the context once per thread, a unit per task.
 */
export async function renderAll(inputs: readonly UnitInput[], context: RenderContext, options: RenderAllOptions): Promise<RenderAllResult> {
  const {store} = options
  const jobs = Math.max(1, options.jobs ?? availableParallelism())
  const digests = inputs.map(unitDigest)
  const results: (RenderedRelease[] | undefined)[] = inputs.map((input, index) => {
    const record = store.render(input.source.file)
    if (!record || record.digest !== digests[index] || !readsHold(JSON.parse(record.reads) as RenderReads, context)) return undefined
    return (JSON.parse(record.facts) as RenderedRelease[]).map((facts) => withStoredBodies(facts, store))
  })
  const missing = results.flatMap((result, index) => (result ? [] : [index]))
  let done = inputs.length - missing.length
  options.onProgress?.(done, inputs.length)

  const keep = (index: number, rendered: RenderedUnit) => {
    const source = inputs[index]!.source.file
    const releases = rendered.bodies.map(withKey)
    store.putRender(source, {digest: digests[index]!, reads: JSON.stringify(rendered.reads), facts: JSON.stringify(releases.map(withoutBodies))}, releases.flatMap(bodiesOf))
    results[index] = releases
    options.onProgress?.(++done, inputs.length)
  }
  const unitOf = (index: number): RenderUnit => {
    const {source, derived, body} = inputs[index]!
    return {source, derived, body: markdownOf(body)}
  }
  if (jobs === 1 || missing.length < smallestPoolBatch) {
    store.transaction(() => {
      for (const index of missing) keep(index, renderUnit(unitOf(index), context))
    })
  } else {
    const pool = new Piscina({filename: workerScript('render-worker').href, workerData: context, maxThreads: jobs, minThreads: jobs})
    try {
      const rendered = await Promise.all(missing.map(async (index) => [index, (await pool.run(unitOf(index))) as RenderedUnit] as const))
      store.transaction(() => {
        for (const [index, unit] of rendered) keep(index, unit)
      })
    } finally {
      await pool.destroy()
    }
  }
  return {results: results as RenderedRelease[][], rendered: missing.length}
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

/** The Markdown of a unit, from the text this build read or from the file. */
function markdownOf(body: SourceBody): string {
  const text = body.text ?? readFileSync(body.path, 'utf8')
  const split = splitFrontMatter(stripXmlIllegal(text))
  return 'problem' in split ? '' : split.body
}

/** A release-language's key is the digest of everything rendered for it: equal keys, equal pages. */
function withKey(body: RenderedBody): RenderedRelease {
  const key = createHash('sha256').update(JSON.stringify(body)).digest('hex')
  return {...body, key}
}

function withoutBodies(release: RenderedRelease): RenderedRelease {
  return {...release, bodyHtml: '', absoluteBodyHtml: '', ...(release.amp ? {amp: {extensions: release.amp.extensions, bodyHtml: ''}} : {})}
}

function bodiesOf(release: RenderedRelease): {locale: string; variant: BodyVariant; html: string}[] {
  return [
    {locale: release.locale, variant: 'html' as const, html: release.bodyHtml},
    {locale: release.locale, variant: 'absolute' as const, html: release.absoluteBodyHtml},
    ...(release.amp ? [{locale: release.locale, variant: 'amp' as const, html: release.amp.bodyHtml}] : [])
  ]
}

/**
 * A stored release-language whose bodies are read from the store when a page that shows them is
 * rendered: a build holds only the facts, and a page left as it was never reads its body.
 */
function withStoredBodies(facts: RenderedRelease, store: SiteStore): RenderedRelease {
  const read = (variant: BodyVariant) => () => store.body(facts.file, facts.locale, variant) ?? ''
  const release = {...facts}
  Object.defineProperty(release, 'bodyHtml', {get: read('html'), enumerable: true})
  Object.defineProperty(release, 'absoluteBodyHtml', {get: read('absolute'), enumerable: true})
  if (facts.amp) {
    const amp = {extensions: facts.amp.extensions}
    Object.defineProperty(amp, 'bodyHtml', {get: read('amp'), enumerable: true})
    Object.assign(release, {amp})
  }
  return release
}
