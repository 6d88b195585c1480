import {readFile} from 'node:fs/promises'
import {pruneRenditionCache} from '../outputs/renditions/prune-rendition-cache.ts'
import {usedRenditionSizes} from '../outputs/renditions/rendition-jobs.ts'
import {
  openStore,
  prepareSite,
  resolvePaths,
  shardOutputs,
  siteOutputs,
  updatePreviewReleases,
  type BuildOptions,
  type PreparedPreview,
  type ShardsToMake
} from '../build.ts'
import {siteLanguages} from '../config/languages.ts'
import {contentType, mediaTypeOf, mediaTypes} from '../config/media-types.ts'
import {labeller} from '../load/scan-project.ts'
import type {SiteStore} from '../store/site-store.ts'
import type {Diagnostic} from '../diagnostics/diagnostic.ts'
import type {OutputFormat} from '../outputs/formats.ts'
import type {OutputFile} from '../outputs/output-file.ts'
import {embargoNotices} from './embargo-notices.ts'

export interface Served {
  readonly status: number
  readonly mediaType: string
  readonly body: string | Uint8Array
  /** What the preview shows at the top of the page (an embargo's lift), never part of the file itself. */
  readonly notice?: string
}

export interface RebuildResult {
  readonly ok: boolean
  readonly diagnostics: readonly Diagnostic[]
  readonly durationMs: number
  /** Source files rendered afresh (the rest came from the store). */
  readonly rendered: number
  /** URL paths of the pages that changed, when only some did; without it, any page may have. */
  readonly changed?: readonly string[]
}

/**
 * The preview's site, held in memory: a rebuild re-renders only release-languages whose input
 * changed, and a page is rendered only when a browser asks for it.
 */
export class SiteRenderer {
  /** Kept open while the preview runs: each save reads and renders only what changed. */
  private readonly store: SiteStore
  /** The site as last prepared, for saves to be compared with. */
  private prepared: PreparedPreview | undefined
  private files = new Map<string, {format: OutputFormat; file: OutputFile}>()
  /** Where a URL outside every language's prefix finds its 404 page. */
  private notFoundPath: string | undefined
  /** The notice of each page whose release is still under embargo, by file path. */
  private notices: ReadonlyMap<string, string> = new Map()
  /** The search shards of the last saves, made after their pages were served; a failure waits for the next whole preparation. */
  private searchUpdate: Promise<void> | undefined
  /** Shards saves asked for while others were being made: made next, all at once, from the newest site. */
  private shardsWaiting: ShardsToMake | undefined

  constructor(private readonly options: BuildOptions) {
    this.store = openStore(options)
  }

  /**
   * Bring the site up to date after saves (`changed`: the files saved, when known): saves that
   * left each release in its place render just those releases and replace just the pages that
   * show them; anything else prepares the whole site again, from the store.
   */
  async rebuild(changed?: readonly string[]): Promise<RebuildResult> {
    const started = performance.now()
    // Embargoed releases are shown as drafts are, each page marked with when its embargo lifts.
    const options = {...this.options, drafts: true, embargoed: true, store: this.store}
    const update =
      changed && this.prepared ? await updatePreviewReleases(options, this.prepared, changed.map(labeller(resolvePaths(options).root))) : undefined
    if (update) {
      if (!update.prepared.ok) return {ok: false, diagnostics: update.prepared.diagnostics, durationMs: performance.now() - started, rendered: 0}
      const paths: string[] = []
      for await (const output of update.outputs) {
        this.files.set(output.file.path, output)
        paths.push(`/${output.file.path.replace(/(^|\/)index\.html$/, '$1')}`)
      }
      // The saved page is served now; its half-year's search shards follow, and a request for a search
      // file waits for them (see serve).
      if (update.search) this.makeShards(update.search)
      this.prepared = update.prepared
      this.notices = embargoNotices(update.prepared.model)
      return {
        ok: true,
        diagnostics: update.prepared.diagnostics,
        durationMs: performance.now() - started,
        rendered: update.prepared.rendered,
        changed: paths
      }
    }
    // The whole site is replaced: the shards of earlier saves must land first, not after it.
    await this.finishSearchUpdate()
    const prepared = await prepareSite(options)
    if (!prepared.ok) return {ok: false, diagnostics: prepared.diagnostics, durationMs: performance.now() - started, rendered: 0}
    // The preview serves renditions from the cache as they are asked for: a build must keep them.
    await pruneRenditionCache(prepared.model.renditionCache, this.store, 'preview', usedRenditionSizes([prepared.model]))
    const files = new Map<string, {format: OutputFormat; file: OutputFile}>()
    for await (const output of siteOutputs(prepared.model)) files.set(output.file.path, output)
    this.files = files
    this.prepared = prepared
    this.notices = embargoNotices(prepared.model)
    this.notFoundPath = prepared.model.paths.notFound(siteLanguages(prepared.model.config).default.code)
    return {ok: true, diagnostics: prepared.diagnostics, durationMs: performance.now() - started, rendered: prepared.rendered}
  }

  /**
   * Make these shards after those being made now. Saves that come faster than shards are made
   * wait together, so a burst of saves makes each half-year's shards once more, not once a save.
   */
  private makeShards(shards: ShardsToMake): void {
    const waiting = this.shardsWaiting
    this.shardsWaiting = {model: shards.model, periods: new Set([...(waiting?.periods ?? []), ...shards.periods])}
    if (waiting) return
    this.searchUpdate = (this.searchUpdate ?? Promise.resolve()).then(() => {
      const next = this.shardsWaiting
      this.shardsWaiting = undefined
      // None when a whole preparation came first and made every shard itself.
      return next && this.replaceShards(next)
    })
    // A failure is reported by the next whole preparation, not as an unhandled rejection now.
    this.searchUpdate.catch(() => {})
  }

  /** A search shard made again is made whole, its files under new names: the old ones go. */
  private async replaceShards(shards: ShardsToMake): Promise<void> {
    const made = []
    for await (const output of shardOutputs(shards)) made.push(output)
    const bundles = new Set(made.flatMap(({file}) => ('bundle' in file && file.bundle !== undefined ? [file.bundle] : [])))
    for (const [path, {file}] of this.files) if ('bundle' in file && file.bundle !== undefined && bundles.has(file.bundle)) this.files.delete(path)
    for (const output of made) this.files.set(output.file.path, output)
  }

  private async finishSearchUpdate(): Promise<void> {
    const pending = this.searchUpdate
    this.searchUpdate = undefined
    // The whole preparation makes every shard: none is left to make after it.
    this.shardsWaiting = undefined
    await pending
  }

  /** The file a URL path names, as the static host would serve it from the built folder. */
  async serve(urlPath: string): Promise<Served> {
    let found = this.lookup(urlPath)
    // A search file, or one not there yet, may be among the shards still being made.
    if (this.searchUpdate && (!found || found.format.shows === 'archive')) {
      await this.searchUpdate.catch(() => {})
      found = this.lookup(urlPath)
    }
    if (found) {
      const notice = this.notices.get(found.file.path)
      return {status: 200, mediaType: mediaTypeOfFile(found.format, found.file.path), body: await contentOf(found.file), ...(notice ? {notice} : {})}
    }
    const prefix = /^\/([a-z0-9-]+)\//i.exec(urlPath)?.[1]
    const notFound = (prefix && this.lookup(`/${prefix}/404.html`)) || (this.notFoundPath !== undefined && this.lookup(this.notFoundPath))
    return {status: 404, mediaType: contentType(mediaTypes.html), body: notFound ? await contentOf(notFound.file) : 'Not found'}
  }

  /** A folder's URL (`/`, `/en/`, `/en`) serves its index.html, as static hosts do. */
  private lookup(urlPath: string) {
    const path = decodedPath(urlPath)?.replace(/^\/+/, '')
    if (path === undefined) return undefined
    return this.files.get(path) ?? this.files.get(path === '' || path.endsWith('/') ? `${path}index.html` : `${path}/index.html`)
  }
}

/** The path of a request's URL, undefined when its escapes are malformed (a bare `%`). */
function decodedPath(urlPath: string): string | undefined {
  try {
    return decodeURIComponent(urlPath.split(/[?#]/)[0]!)
  } catch {
    return undefined
  }
}

function mediaTypeOfFile(format: OutputFormat, path: string): string {
  // A format's own type wins over the extension, so feeds are served as feeds, not as any XML or JSON.
  return contentType(format.mediaType ?? mediaTypeOf(path))
}

async function contentOf(file: OutputFile): Promise<string | Uint8Array> {
  return 'copyFrom' in file ? readFile(file.copyFrom) : file.render()
}
