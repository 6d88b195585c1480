import {createHash} from 'node:crypto'
import {siteLanguages} from '../config/languages.ts'
import type {Locale} from '../config/locales.ts'
import type {SiteConfig} from '../config/site-config.ts'
import {sitePathsFor} from '../config/urls.ts'
import type {MediaIndex} from '../load/media-index.ts'
import type {LocaleResources} from '../localize/locale-resources.ts'
import {translatorsFor} from '../localize/translator.ts'
import type {RenderedRelease} from '../render/render-release.ts'
import {articlePages} from './article-pages.ts'
import {outputFormats, type OutputFormat} from './formats.ts'
import type {OutputFile} from './output-file.ts'
import type {PublishedRelease, SiteModel} from './site-model.ts'

/** What a release's own files are made from besides the release: plain data, so it crosses into a worker thread. */
export interface ReleasePagesContext {
  readonly config: SiteConfig
  readonly resources: LocaleResources
  readonly media: MediaIndex
  readonly fingerprints: SiteModel['fingerprints']
  readonly now: Date
  /** The formats that show one release (`shows: 'release'`) this build writes, by name. */
  readonly formats: readonly string[]
  readonly renditionBytes: SiteModel['renditionBytes']
}

/** A release as the build published it, before its languages were rendered: which languages are public. */
export interface ReleaseToAssemble {
  readonly slug: string
  readonly date: string
  readonly locales: readonly Locale[]
}

/** One finished file, made where the release was rendered: its bytes and their digest, so the writer only writes. */
export interface AssembledFile {
  readonly format: string
  readonly path: string
  readonly key?: string
  readonly content: Uint8Array
  readonly digest: string
}

/**
 * Every file that shows this one release (article, AMP, partner HTML, ninjs), made from its
 * languages as soon as they are rendered: the same writers as a whole site's, given a site of
 * this release alone, which is all these files read.
 */
export function assembleReleaseFiles(
  context: ReleasePagesContext,
  release: ReleaseToAssemble,
  rendered: readonly RenderedRelease[]
): AssembledFile[] {
  const model = modelOf(context, release, rendered)
  const made = releaseFormats(context.formats).flatMap((format) =>
    [...syncFiles(format, model)].map((file) => {
      if ('copyFrom' in file) return unreachable(file.path)
      const rendered = file.render()
      return {format: format.name, path: file.path, key: file.key, bytes: typeof rendered === 'string' ? encoder.encode(rendered) : rendered}
    })
  )
  // All in one buffer, which a thread can hand over whole instead of copying file by file.
  const buffer = new ArrayBuffer(made.reduce((size, file) => size + file.bytes.byteLength, 0))
  let offset = 0
  return made.map(({bytes, key, ...file}): AssembledFile => {
    const content = new Uint8Array(buffer, offset, bytes.byteLength)
    content.set(bytes)
    offset += bytes.byteLength
    return {...file, ...(key === undefined ? {} : {key}), content, digest: createHash('sha256').update(content).digest('hex')}
  })
}

const encoder = new TextEncoder()

/**
 * Whether none of a release's article pages would be made now as the last build made it, by their
 * keys (`recorded` gives a path's), without making any: what a change to a template or the config
 * does to every release. Such a release is made again whole where it can be made in parallel; one
 * with some pages current (a string of one locale changed) is left to the site's writer, which
 * makes only the files whose keys changed.
 */
export function everyArticlePageChanged(
  context: ReleasePagesContext,
  release: ReleaseToAssemble,
  rendered: readonly RenderedRelease[],
  recorded: (path: string) => string | undefined
): boolean {
  for (const file of articlePages(modelOf(context, release, rendered))) if ('key' in file && file.key === recorded(file.path)) return false
  return true
}

/** The formats whose files show one release each, among those given by name (default: all of them). */
export function releaseFormats(names?: readonly string[]): OutputFormat[] {
  return outputFormats.filter((format) => format.shows === 'release' && (names === undefined || names.includes(format.name)))
}

const translatorsOf = new WeakMap<LocaleResources, SiteModel['translators']>()

/** A site of this release alone, its languages in the order of the config's locales, as the whole site's model lists them. */
function modelOf(context: ReleasePagesContext, release: ReleaseToAssemble, rendered: readonly RenderedRelease[]): SiteModel {
  const byLocale = new Map(rendered.map((r) => [r.locale, r]))
  const published: PublishedRelease = {
    slug: release.slug,
    date: release.date,
    translations: Object.fromEntries(
      siteLanguages(context.config).codes.flatMap((code) =>
        release.locales.includes(code) && byLocale.has(code) ? [[code, byLocale.get(code)!]] : []
      )
    )
  }
  let translators = translatorsOf.get(context.resources)
  if (!translators) translatorsOf.set(context.resources, (translators = translatorsFor(siteLanguages(context.config), context.resources)))
  return {
    config: context.config,
    fingerprints: context.fingerprints,
    paths: sitePathsFor(context.config),
    resources: context.resources,
    translators,
    releases: [published],
    media: context.media,
    mediaFiles: [],
    contentDir: '',
    renditionCache: '',
    renditionBytes: context.renditionBytes,
    // A release's own files index nothing.
    threads: 1,
    now: context.now
  }
}

/** A release's formats list their files at once; only a whole site's may wait on a tool. */
function syncFiles(format: OutputFormat, model: SiteModel): Iterable<OutputFile> {
  const files = format.files(model)
  if (!(Symbol.iterator in files)) throw new Error(`the ${format.name} format of a release cannot list its files asynchronously`)
  return files
}

function unreachable(path: string): never {
  throw new Error(`a release's file ${path} cannot be a copy of a source file`)
}
