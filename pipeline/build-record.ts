import type {InputReader} from './load/scan-inputs.ts'
import type {ProjectScan} from './load/scan-project.ts'
import type {SiteStore} from './store/site-store.ts'
import type {SitePages} from './validate/editorial-warnings.ts'

/** What the last successful build of an output folder read and made, for the next one to compare with. */
export interface BuildRecord<Result> {
  /** Every input's stat with the options: equal stamps, nothing to do. */
  readonly stamp: string
  /** The same for everything but the releases' own files. */
  readonly context: string
  /** Each release file's digest, and the digest of what loading made of it (its front matter). */
  readonly sources: Readonly<Record<string, {readonly digest: string; readonly document: string}>>
  /** The site's article pages, to check a changed release's links against. */
  readonly pages: {readonly existing: readonly string[]; readonly published: readonly string[]}
  /** Slugs of the releases the feeds and partner indexes carry. */
  readonly feedReleases: readonly string[]
  /** When the same inputs would give another site (an embargo lifts, the news window moves). */
  readonly validUntil?: string
  readonly result: Result
}

export function readRecord<Result>(store: SiteStore, name: string): BuildRecord<Result> | undefined {
  const text = store.record(name)
  return text === undefined ? undefined : (JSON.parse(text) as BuildRecord<Result>)
}

export function stillValid(record: BuildRecord<unknown>, now: Date): boolean {
  return record.validUntil === undefined || now.getTime() < Date.parse(record.validUntil)
}

export function pagesOf(record: BuildRecord<unknown>): SitePages {
  return {existing: new Set(record.pages.existing), published: new Set(record.pages.published)}
}

/**
 * The release files whose Markdown body alone changed since the recorded build — same files,
 * same front matter, same everything else — or undefined when the change is any larger. Such a
 * change can reach only the changed releases' own pages and the feeds that carry them.
 */
export function bodyOnlyChanges(record: BuildRecord<unknown>, scan: ProjectScan, reader: InputReader, frontMatterDigest: (label: string) => string | undefined): string[] | undefined {
  if (record.context !== scan.context) return undefined
  if (scan.sources.length !== Object.keys(record.sources).length) return undefined
  const changed: string[] = []
  for (const file of scan.sources) {
    const known = record.sources[file.label]
    if (!known) return undefined
    if (reader.digest(file) !== known.digest) changed.push(file.label)
  }
  for (const label of changed) if (frontMatterDigest(label) !== record.sources[label]!.document) return undefined
  return changed
}

/** The slug of a release file, from its name (`<slug>.<locale>.md`). */
export function slugOf(label: string): string {
  const name = label.slice(label.lastIndexOf('/') + 1)
  return name.slice(0, name.indexOf('.'))
}
