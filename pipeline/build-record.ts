import {searchPeriodOf} from './config/urls.ts'
import type {InputReader} from './load/scan-inputs.ts'
import type {ProjectScan} from './load/scan-project.ts'
import type {SiteStore} from './store/site-store.ts'
import type {SitePages} from './validate/editorial-warnings.ts'
import type {Release} from './validate/group-releases.ts'

/**
 * What the last successful build of an output folder read and made, for the next one to compare
 * with. Its two large parts live apart, each rewritten only when it changes: the digests of every
 * source (rows, updated one by one) and the site's article pages (rewritten by whole builds only).
 */
export interface BuildRecord<Result> {
  /** Every input's stat with the options: equal stamps, nothing to do. */
  readonly stamp: string
  /** The same for everything but the releases' own files. */
  readonly context: string
  /** Slugs of the releases the feeds and partner indexes carry. */
  readonly feedReleases: readonly string[]
  /** When the same inputs would give another site (an embargo lifts, the news window moves). */
  readonly validUntil?: string
  readonly result: Result
}

/** Each release file's digest, and the digest of what loading made of it (its front matter). */
export type SourceDigests = ReadonlyMap<string, {readonly digest: string; readonly document: string}>

export function readRecord<Result>(store: SiteStore, name: string): BuildRecord<Result> | undefined {
  const text = store.record(name)
  return text === undefined ? undefined : (JSON.parse(text) as BuildRecord<Result>)
}

/** Forget a record before a build changes anything: a build that does not finish leaves none to trust. */
export function forgetRecord(store: SiteStore, name: string): void {
  store.putRecord(name, undefined)
}

/**
 * Keep a build's record, in one transaction with its parts. `pages` and a complete `sources`
 * come from a whole build; a build of some releases gives only the sources it read.
 */
export function keepRecord<Result>(
  store: SiteStore,
  name: string,
  record: BuildRecord<Result>,
  parts: {sources: SourceDigests; complete: boolean; pages?: SitePages}
): void {
  store.transaction(() => {
    store.putBuiltSources(name, parts.sources, parts.complete)
    if (parts.pages) {
      const {existing, published, withdrawn} = parts.pages
      store.putRecord(`pages:${name}`, JSON.stringify({existing: [...existing], published: [...published], withdrawn: [...withdrawn]}))
    }
    store.putRecord(name, JSON.stringify(record))
  })
}

/**
 * The next moment at which the same content would give another site: an embargo lifts, or an
 * article enters or leaves the news sitemap's window. Until then a build can be skipped when
 * nothing was edited.
 */
export function nextChangeAfter(releases: readonly Release[], now: Date, newsWindowMs: number): Date | undefined {
  let next = Number.POSITIVE_INFINITY
  for (const release of releases) {
    for (const document of Object.values(release.translations)) {
      const {date, embargo} = document.frontMatter
      const published = Math.max(Date.parse(date), embargo === undefined ? 0 : Date.parse(embargo))
      // The news window includes its last millisecond: the article leaves it one millisecond later.
      for (const moment of [published, published + newsWindowMs + 1, ...(embargo === undefined ? [] : [Date.parse(embargo)])]) {
        if (moment > now.getTime() && moment < next) next = moment
      }
    }
  }
  return Number.isFinite(next) ? new Date(next) : undefined
}

export function stillValid(record: BuildRecord<unknown>, now: Date): boolean {
  return record.validUntil === undefined || now.getTime() < Date.parse(record.validUntil)
}

/** The recorded build's article pages, to check a changed release's links against. */
export function recordedPages(store: SiteStore, name: string): SitePages | undefined {
  const text = store.record(`pages:${name}`)
  if (text === undefined) return undefined
  const pages = JSON.parse(text) as {existing: string[]; published: string[]; withdrawn?: string[]}
  // A record from before withdrawn pages were recorded is not trusted: the next build checks links afresh.
  if (pages.withdrawn === undefined) return undefined
  return {existing: new Set(pages.existing), published: new Set(pages.published), withdrawn: new Set(pages.withdrawn)}
}

/**
 * The release files whose Markdown body alone changed since the recorded build — same files,
 * same front matter, same everything else — or undefined when the change is any larger. Such a
 * change can reach only the changed releases' own pages and the feeds that carry them.
 */
export function bodyOnlyChanges(
  record: BuildRecord<unknown>,
  recorded: SourceDigests,
  scan: ProjectScan,
  reader: InputReader,
  frontMatterDigest: (label: string) => string | undefined
): string[] | undefined {
  if (record.context !== scan.context || scan.sources.length !== recorded.size) return undefined
  const changed: string[] = []
  for (const file of scan.sources) {
    const known = recorded.get(file.label)
    if (!known) return undefined
    if (reader.digest(file) !== known.digest) changed.push(file.label)
  }
  for (const label of changed) if (frontMatterDigest(label) !== recorded.get(label)!.document) return undefined
  return changed
}

/** The search shard's period of a release file, from its folder (`<yyyy>/<mm>/<slug>.<locale>.md`). */
export function searchPeriodOfFile(label: string): string {
  const [year = '', month = ''] = label.split('/').slice(-3, -1)
  return searchPeriodOf({year, month})
}

/** The slug of a release file, from its name (`<slug>.<locale>.md`). */
export function slugOf(label: string): string {
  const name = label.slice(label.lastIndexOf('/') + 1)
  return name.slice(0, name.indexOf('.'))
}
