import {siteLanguages} from '../config/languages.ts'
import type {Locale} from '../config/locales.ts'
import type {SiteConfig} from '../config/site-config.ts'
import type {SitePaths} from '../config/urls.ts'
import type {MediaIndex} from '../load/media-index.ts'
import type {LocaleResources} from '../localize/locale-resources.ts'
import type {Translate} from '../localize/translator.ts'
import type {RenderedRelease} from '../render/render-release.ts'
import type {RenditionSizes} from './renditions/encode-renditions.ts'

/** A published release: the rendered languages that are public in this build. */
export interface PublishedRelease {
  readonly slug: string
  readonly date: string
  readonly translations: Readonly<Partial<Record<Locale, RenderedRelease>>>
}

/** Everything the outputs are assembled from; no output reads a file or parses Markdown. */
export interface SiteModel {
  readonly config: SiteConfig
  /**
   * What each locale's pages are made from besides the releases they show (code, config, that
   * locale's strings, the logo), as one hash per locale; `site` for files of every language.
   */
  readonly fingerprints: Readonly<Record<Locale | 'site', string>>
  /** Every URL of the site: see config/urls.ts. */
  readonly paths: SitePaths
  readonly resources: LocaleResources
  readonly translators: Readonly<Record<Locale, Translate>>
  /** Newest first. */
  readonly releases: readonly PublishedRelease[]
  readonly media: MediaIndex
  /** Media files to copy, relative to the content folder. */
  readonly mediaFiles: readonly string[]
  readonly contentDir: string
  /** Folder of the image renditions made for this build (see renditions/encode-renditions.ts). */
  readonly renditionCache: string
  /** The size in bytes of each rendition this build made or found (see renditions/encode-renditions.ts). */
  readonly renditionBytes: Readonly<RenditionSizes>
  /** Folder where each search shard's index is kept between builds (default: none, every shard is indexed afresh). */
  readonly searchCache?: string
  /** Threads the build may use (`--jobs`, one per core unless told): search shards are indexed that many at once. */
  readonly threads: number
  /** The build's clock: what is recent (news sitemap) and, later, what is still embargoed. */
  readonly now: Date
}

export function localesOf(model: SiteModel): readonly Locale[] {
  return siteLanguages(model.config).codes
}

const byLocale = new WeakMap<SiteModel, Map<Locale, RenderedRelease[]>>()

/** A locale's releases, newest first; listed once per build, as tag pages and sitemaps ask often. */
export function releasesIn(model: SiteModel, locale: Locale): RenderedRelease[] {
  let lists = byLocale.get(model)
  if (!lists) byLocale.set(model, (lists = new Map()))
  let list = lists.get(locale)
  if (!list) lists.set(locale, (list = model.releases.flatMap((release) => release.translations[locale] ?? [])))
  return list
}

const listedByLocale = new WeakMap<SiteModel, Map<Locale, RenderedRelease[]>>()

/**
 * A locale's releases that lists show, newest first: all but the withdrawn ones, which leave the
 * home and tag pages, sitemaps and search, and stay only where a notice must reach readers
 * (their own URL, the feeds, the partner files).
 */
export function listedIn(model: SiteModel, locale: Locale): RenderedRelease[] {
  let lists = listedByLocale.get(model)
  if (!lists) listedByLocale.set(model, (lists = new Map()))
  let list = lists.get(locale)
  if (!list) lists.set(locale, (list = releasesIn(model, locale).filter((release) => !release.withdrawn)))
  return list
}

const tagsByLocale = new WeakMap<SiteModel, Map<Locale, ReadonlyMap<string, readonly RenderedRelease[]>>>()

/** A locale's tags in id order, each with its listed releases newest first; indexed once per build, as tag pages and sitemaps ask per tag. */
export function tagsIn(model: SiteModel, locale: Locale): ReadonlyMap<string, readonly RenderedRelease[]> {
  let indexes = tagsByLocale.get(model)
  if (!indexes) tagsByLocale.set(model, (indexes = new Map()))
  let index = indexes.get(locale)
  if (!index) indexes.set(locale, (index = indexTags(listedIn(model, locale))))
  return index
}

function indexTags(releases: readonly RenderedRelease[]): ReadonlyMap<string, readonly RenderedRelease[]> {
  const byTag = new Map<string, RenderedRelease[]>()
  for (const release of releases) {
    for (const {id} of release.tags) {
      let list = byTag.get(id)
      if (!list) byTag.set(id, (list = []))
      // A tag given twice still lists its release once.
      if (list.at(-1) !== release) list.push(release)
    }
  }
  return new Map([...byTag].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}
