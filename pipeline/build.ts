import {createHash} from 'node:crypto'
import {existsSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import {join, resolve} from 'node:path'
import {
  bodyOnlyChanges,
  forgetRecord,
  keepRecord,
  nextChangeAfter,
  readRecord,
  recordedPages,
  slugOf,
  stillValid,
  searchPeriodOfFile,
  type BuildRecord,
  type SourceDigests
} from './build-record.ts'
import {siteLanguages} from './config/languages.ts'
import type {Locale} from './config/locales.ts'
import type {SiteConfig} from './config/site-config.ts'
import {loadSiteConfig} from './validate/read-site-config.ts'
import {absoluteUrl, fileForPath, searchPeriodOf, sitePathsFor, type SitePaths} from './config/urls.ts'
import {catalog} from './diagnostics/catalog.ts'
import {problem, report} from './diagnostics/catalog-entry.ts'
import {hasErrors, sortDiagnostics, type Diagnostic} from './diagnostics/diagnostic.ts'
import {mediaInfoOf, type MediaIndex, type MediaInfo} from './load/media-index.ts'
import {InputReader, statOf, type InputFile} from './load/scan-inputs.ts'
import {labeller, scanProject, type ProjectPaths, type ProjectScan} from './load/scan-project.ts'
import {stripXmlIllegal} from './load/strip-xml-illegal.ts'
import {deriveTransliteratedReleases} from './localize/derive-transliterated-releases.ts'
import {loadTransliterationDictionary} from './localize/load-transliteration-dictionary.ts'
import {loadLocaleResources, type LocaleResources} from './localize/locale-resources.ts'
import type {TransliterationDictionary} from './localize/transliteration-dictionary.ts'
import {translatorsFor} from './localize/translator.ts'
import {outputFormats, type OutputFormat} from './outputs/formats.ts'
import type {OutputFile} from './outputs/output-file.ts'
import {ImageWork, mergeSizes} from './outputs/renditions/encode-renditions.ts'
import {pruneRenditionCache} from './outputs/renditions/prune-rendition-cache.ts'
import {leadImageJobs, renditionJobsOf, usedRenditionSizes} from './outputs/renditions/rendition-jobs.ts'
import {renditionProblems} from './outputs/renditions/rendition-problems.ts'
import {releasesIn, type PublishedRelease, type SiteModel} from './outputs/site-model.ts'
import {newsWindowMs} from './outputs/sitemaps/news-sitemap.ts'
import {renderAll, type Assembly, type SourceBody, type UnitInput} from './render-site.ts'
import {HeldFacts, heldDocument, heldFrontMatter} from './held-facts.ts'
import {SharedValues} from './shared-values.ts'
import {releaseFormats, type AssembledFile} from './outputs/release-files.ts'
import {dictionaryDigest} from './render/render-reads.ts'
import type {RenderedRelease} from './render/render-release.ts'
import {SiteStore} from './store/site-store.ts'
import {brokenSiteLinks, sitePagesOf, type LinkedPage, type SitePages} from './validate/editorial-warnings.ts'
import type {FrontMatter} from './validate/front-matter-schema.ts'
import {groupReleases, type Release} from './validate/group-releases.ts'
import {readReleaseDocument, type ReleaseDocument} from './validate/read-release-document.ts'
import {selectPublic, type Embargoed, type PublicSelection, type Withheld} from './validate/select-public.ts'
import {codeFingerprint, renderCodeFingerprint} from './version.ts'
import {recoverOutput, writeOutput} from './write/write-output.ts'
import {linkedFeeds} from './outputs/format-table.ts'
import {republishedReleases} from './withdrawn-releases.ts'

export type {ProjectPaths}

export interface BuildOptions extends Partial<ProjectPaths> {
  /** Project root that paths in messages are relative to (default: the working directory). */
  readonly root?: string
  /** Where the site goes (default: `<root>/dist`). */
  readonly outDir?: string
  /** The build's clock, for embargoes and the news sitemap (default: the time the build starts). */
  readonly now?: Date
  /** Base of every absolute URL, instead of the config's (default: the config's `baseUrl`). */
  readonly baseUrl?: string
  /** Publish drafts too, as the preview does (default: `false`). */
  readonly drafts?: boolean
  /** Publish releases still under embargo too, as the preview does (default: `false`). */
  readonly embargoed?: boolean
  readonly onProgress?: ProgressListener
  /** Also write the syndication tree, embargoed releases included, into this folder (default: none). */
  readonly partnerBundle?: string
  /** Threads to render in (default: the machine's cores; 1 renders in the main thread). */
  readonly jobs?: number
  /** Keep what was read and rendered in `.cache/matbuot/` and redo only what changed (default: `true`). */
  readonly cache?: boolean
  /** The store to use instead of opening the project's (the preview keeps its own open). */
  readonly store?: SiteStore
  /** The outputs to write (default: every format). */
  readonly formats?: readonly OutputFormat[]
}

export interface BuildSummary {
  readonly releasesPerLocale: Readonly<Record<string, number>>
  readonly filesPerFormat: Readonly<Record<string, number>>
  readonly embargoed: readonly Embargoed[]
  readonly drafts: readonly Withheld[]
  readonly durationMs: number
  /** Source files rendered (the rest came from the store). */
  readonly rendered: number
  /** Output files written afresh, and left as they were in the previous output. */
  readonly written: number
  readonly reused: number
  /** The feeds this build changed, by URL: what `--notify` tells the hubs of. */
  readonly changedFeeds: readonly string[]
  /** Time spent making the search index's files (indexing the years whose articles changed), when the site has search. */
  readonly searchIndexMs?: number
  /** Image renditions made (the rest were in the cache), and the time spent making and finding them. */
  readonly images: ImageWorkDone
}

export interface ImageWorkDone {
  readonly made: number
  readonly milliseconds: number
}

export type BuildResult =
  /** Every problem found, errors first. */
  | {readonly ok: false; readonly diagnostics: readonly Diagnostic[]; readonly summary: undefined}
  | {
      readonly ok: true
      readonly diagnostics: readonly Diagnostic[]
      readonly summary: BuildSummary
      readonly timeZone: string
      /** The feeds' WebSub hubs, and whether the site asks for them to be told of every change. */
      readonly websub: {readonly hubs: readonly string[]; readonly notifyAlways: boolean}
    }

type SuccessfulBuild = Extract<BuildResult, {ok: true}>

/** Content in, validated and grouped: what both `build` and `check` need. */
export type LoadedSite = UnconfiguredSite | ConfiguredSite

/** A site whose config could not be read: nothing else was, and its problems say why. */
export interface UnconfiguredSite {
  readonly config: undefined
  readonly diagnostics: readonly Diagnostic[]
}

export interface ConfiguredSite {
  readonly config: SiteConfig
  readonly resources: LocaleResources
  readonly releases: readonly Release[]
  readonly media: MediaIndex
  readonly mediaFiles: readonly string[]
  /** Where each source file's Markdown is, by its path as editors see it. */
  readonly bodies: ReadonlyMap<string, SourceBody>
  /** Each loaded source's digests, for the build record. */
  readonly digests: ReadonlyMap<string, {readonly digest: string; readonly document: string}>
  /** Each loaded source's place in the site (see `structureOf`), for the preview to compare saves with. */
  readonly structures: ReadonlyMap<string, string>
  /** The media files as the stat pass found them. */
  readonly mediaInputs: readonly InputFile[]
  /** The exceptions for generated Cyrillic versions, when the site has any. */
  readonly transliteration?: TransliterationDictionary
  readonly diagnostics: readonly Diagnostic[]
}

export function resolvePaths(options: BuildOptions): ProjectPaths & {root: string} {
  const root = resolve(options.root ?? process.cwd())
  return {
    root,
    contentDir: resolve(root, options.contentDir ?? 'content'),
    localesDir: resolve(root, options.localesDir ?? 'locales'),
    configFile: resolve(root, options.configFile ?? 'site.yaml')
  }
}

/** The store a build keeps between runs: on disk, or for `--no-cache` only in memory. */
export function openStore(options: BuildOptions): SiteStore {
  if (options.cache === false) return SiteStore.temporary()
  return SiteStore.open(join(resolvePaths(options).root, '.cache/matbuot/store.sqlite'))
}

/** Run `work` with the options' store, or with one opened for it and closed after. */
async function withStore<T>(options: BuildOptions, work: (store: SiteStore) => Promise<T>): Promise<T> {
  if (options.store) return work(options.store)
  const store = openStore(options)
  try {
    return await work(store)
  } finally {
    store.close()
  }
}

function scan(options: BuildOptions): ProjectScan {
  const {root, ...paths} = resolvePaths(options)
  return scanProject(root, paths, {
    drafts: options.drafts ?? false,
    // Only when set, so the records of every other build stay valid.
    ...(options.embargoed ? {embargoed: true} : {}),
    baseUrl: options.baseUrl ?? null,
    formats: options.formats?.map((f) => f.name) ?? null
  })
}

/** What loading keeps of a source file: its document (without the body, read again only to render) and its problems. */
interface StoredSource {
  readonly document?: ReleaseDocument
  readonly problems: readonly Diagnostic[]
}

/** load -> validate: read config, strings and releases, reporting every problem of every file. */
export async function loadSite(options: BuildOptions = {}): Promise<LoadedSite> {
  return withStore(options, async (store) => loadWithStore(options, store, scan(options)))
}

/**
 * Read through the store: a source whose stat is unchanged is not read, one whose bytes are
 * unchanged not parsed. `partial`: the scan holds only some of the sources, so the store must
 * not forget the others.
 */
async function loadWithStore(options: BuildOptions, store: SiteStore, scanned: ProjectScan, partial = false): Promise<LoadedSite> {
  const paths = resolvePaths(options)
  const label = labeller(paths.root)
  const loaded = await loadSiteConfig(paths.configFile, label(paths.configFile))
  const config = loaded.config && options.baseUrl ? {...loaded.config, baseUrl: options.baseUrl.replace(/\/+$/, '')} : loaded.config
  if (!config) return {config: undefined, diagnostics: loaded.problems}

  const locales = config.locales.map((l) => l.code)
  const {resources, problems: localeProblems} = await loadLocaleResources(paths.localesDir, locales, config.defaultLocale, label(paths.localesDir))
  const reader = new InputReader(store)
  const contentLabel = label(paths.contentDir)
  const bodies = new Map<string, SourceBody>()
  const digests = new Map<string, {digest: string; document: string}>()
  const structures = new Map<string, string>()
  // The documents are held while the whole site is made: what they hold alike is kept once.
  const shared = new SharedValues()
  const read = store.transaction(() =>
    scanned.sources.map((file): StoredSource => {
      const input = reader.read<StoredSource>(file, (bytes) => readSource(file.label, bytes, contentLabel))
      bodies.set(file.label, {path: file.absolute, digest: input.digest})
      digests.set(file.label, {digest: input.digest, document: input.factsDigest})
      structures.set(file.label, structureOf(input.facts))
      const {document} = input.facts
      return document ? {...input.facts, document: heldDocument(document, file.label, shared)} : input.facts
    })
  )
  const mediaFacts = store.transaction(() =>
    scanned.media.map((file) => ({file, info: reader.read<MediaInfo | null>(file, (bytes) => mediaInfoOf(bytes) ?? null).facts}))
  )
  if (!partial) store.transaction(() => reader.forgetUnseen(`${contentLabel}/`))
  const media: Record<string, MediaInfo> = {}
  for (const {file, info} of mediaFacts) if (info) media[file.label.slice(contentLabel.length)] = info
  const mediaFiles = scanned.media.map((file) => file.label.slice(contentLabel.length + 1))

  const documents = read.flatMap((r) => r.document ?? [])
  const unconfigured = documents.filter((d) => !locales.includes(d.locale))
  const {releases: grouped, problems: setProblems} = groupReleases(
    documents.filter((d) => locales.includes(d.locale)),
    config
  )
  const transliterates = config.locales.some((l) => l.transliterateFrom !== undefined)
  const {dictionary: transliteration, problems: dictionaryProblems} = transliterates
    ? await loadTransliterationDictionary(paths.localesDir, label(paths.localesDir))
    : {dictionary: undefined, problems: []}
  // Transliterating every Uzbek front matter again would cost more than the rest of a one-change build.
  const generation = `${dictionaryDigest(transliteration)}:${renderCodeFingerprint()}`
  const releases = store.transaction(() =>
    deriveTransliteratedReleases(grouped, config, transliteration, (source, make) => {
      const name = `transliterated:${source.file}`
      const key = `${bodies.get(source.file)?.digest}:${generation}\n`
      const known = store.record(name)
      if (known?.startsWith(key)) return heldFrontMatter(JSON.parse(known.slice(key.length)) as FrontMatter, shared)
      const frontMatter = heldFrontMatter(make(), shared)
      store.putRecord(name, `${key}${JSON.stringify(frontMatter)}`)
      return frontMatter
    })
  )

  return {
    config,
    resources,
    releases,
    media,
    mediaFiles,
    bodies,
    digests,
    structures,
    mediaInputs: scanned.media,
    ...(transliteration ? {transliteration} : {}),
    diagnostics: [
      ...localeProblems,
      ...dictionaryProblems,
      ...read.flatMap((r) => r.problems),
      ...unconfigured.map((d) => report(d.file, problem(catalog.unconfiguredLocale, d.locale, locales))),
      // Every share card of an unillustrated release would point at it: a missing file is an error.
      ...(config.defaultImage !== undefined && !media[config.defaultImage]
        ? [report(label(paths.configFile), problem(catalog.missingImage, config.defaultImage), {field: 'defaultImage'})]
        : []),
      ...setProblems
    ]
  }
}

/** Where a build is, for progress displays. */
export type BuildStage = 'load' | 'render' | 'write'
export type ProgressListener = (stage: BuildStage, done: number, total: number) => void

/** A site ready for its outputs: selected, rendered and assembled, but not yet written. */
export type PreparedSite =
  | {readonly ok: false; readonly diagnostics: readonly Diagnostic[]}
  | {
      readonly ok: true
      readonly model: SiteModel
      readonly selection: PublicSelection
      readonly diagnostics: readonly Diagnostic[]
      readonly rendered: number
      /** The site's article pages, for the links of later builds to be checked against. */
      readonly pages: SitePages
      /** Each loaded source's digests and place in the site, to tell what a later save changed. */
      readonly digests: ConfiguredSite['digests']
      readonly structures: ConfiguredSite['structures']
      /** When the same inputs would give another site (an embargo lifts, the news window moves). */
      readonly validUntil?: Date
      /** The media files as the stat pass found them, for a later partial load's media index. */
      readonly media: readonly InputFile[]
      readonly images: ImageWorkDone
    }

/**
 * load -> validate -> select -> localize -> render: everything but the outputs. Every release is
 * rendered and checked, drafts and embargoed ones too, so their problems surface (and errors fail
 * the build) before they are published; only the selection reaches the outputs.
 */
export async function prepareSite(options: BuildOptions = {}, loaded?: LoadedSite, embargoedToo = false): Promise<PreparedSite> {
  return withStore(options, async (store) =>
    prepareWithStore(options, store, loaded ?? (await loadWithStore(options, store, scan(options))), embargoedToo)
  )
}

/**
 * `pages`, for a site loaded only in part: the article pages of the whole site, to check its
 * links against; the renders of the sources it did not load are then kept too.
 */
async function prepareWithStore(
  options: BuildOptions,
  store: SiteStore,
  site: LoadedSite,
  embargoedToo: boolean,
  pages?: SitePages,
  writer?: ReleaseWriter
): Promise<PreparedSite> {
  const paths = resolvePaths(options)
  const progress = options.onProgress ?? (() => {})
  const {config} = site
  if (!config || hasErrors(site.diagnostics)) return {ok: false, diagnostics: sortDiagnostics(site.diagnostics)}
  progress('load', site.bodies.size, site.bodies.size)

  const now = options.now ?? new Date()
  const selection = selectPublic(site.releases, {now, drafts: options.drafts ?? false, embargoed: embargoedToo || options.embargoed === true})
  const diagnostics: Diagnostic[] = [...site.diagnostics]
  const context = {resources: site.resources, config, media: site.media, ...(site.transliteration ? {transliteration: site.transliteration} : {})}
  const fingerprints = pageFingerprints(config, site)
  // Lead and default images first: the files made as each release renders (its ninjs item) list their renditions' sizes.
  const renditionCache = join(paths.root, '.cache/matbuot/renditions')
  // Without the cache the store is new and empty: every rendition is looked for on disk.
  const imageWork = new ImageWork(renditionCache, config.images.maxPixels, (source) => store.recordedRenditions(source))
  await imageWork.make(leadImageJobs({media: site.media, contentDir: paths.contentDir, config}, selection.releases))
  const threads = options.jobs ?? availableParallelism()
  const sitePaths = sitePathsFor(config)
  const shared = new SharedValues()
  const heldFacts = new HeldFacts(site.media, shared)
  const sitePages =
    pages ??
    sitePagesOf(
      articlePagesOf(site.releases, config.locales, sitePaths, shared),
      articlePagesOf(selection.releases, config.locales, sitePaths, shared)
    )
  const {results, rendered} = await renderAll(renderUnitsOf(site.releases, site.bodies), context, {
    store,
    jobs: threads,
    onProgress: (done, total) => progress('render', done, total),
    // Each render's links are checked as it arrives, so that they need not be kept.
    keep: (release, document) => {
      diagnostics.push(...brokenSiteLinks(release, sitePages, sitePaths))
      return heldFacts.of(release, document)
    },
    ...(writer ? {assembly: assemblyOf(config, site, fingerprints, now, selection, options.formats, writer, imageWork.bytes)} : {})
  })
  if (!pages) store.transaction(() => store.keepRendersOf(new Set(site.bodies.keys())))
  const byRelease = new Map<string, Partial<Record<Locale, RenderedRelease>>>()
  const mediaFiles = new Set(site.mediaFiles.map((file) => `/${file}`))
  for (const release of results.flat()) {
    diagnostics.push(...release.problems.map((found) => unreadableIfPresent(found, mediaFiles)))
    byRelease.set(release.slug, {...byRelease.get(release.slug), [release.locale]: release})
  }
  const withRenders = (chosen: readonly Release[]): PublishedRelease[] =>
    chosen.map((release) => ({
      slug: release.slug,
      date: release.date,
      // In the order of the config's locales, so every output lists languages the same way.
      translations: Object.fromEntries(
        config.locales.flatMap(({code}) =>
          release.translations[code] && byRelease.get(release.slug)?.[code] ? [[code, byRelease.get(release.slug)![code]]] : []
        )
      )
    }))
  const releases = withRenders(selection.releases)
  const imageProblems = () =>
    renditionProblems(releases, {key: config.defaultImage, configFile: labeller(paths.root)(paths.configFile)}, imageWork.failures)
  if (hasErrors(diagnostics)) return {ok: false, diagnostics: sortDiagnostics([...diagnostics, ...imageProblems()])}

  const translators = translatorsFor(siteLanguages(config), site.resources)
  const model: SiteModel = {
    config,
    fingerprints,
    paths: sitePaths,
    resources: site.resources,
    translators,
    releases,
    media: site.media,
    mediaFiles: site.mediaFiles,
    contentDir: paths.contentDir,
    renditionCache,
    renditionBytes: imageWork.bytes,
    // Without the cache every search shard is indexed afresh, as every release is rendered afresh.
    ...(options.cache === false ? {} : {searchCache: join(paths.root, '.cache/matbuot/search')}),
    threads,
    now
  }
  // Then the body's pictures, which only rendering finds.
  await imageWork.make(renditionJobsOf(model))
  if (imageWork.failures.length > 0) return {ok: false, diagnostics: sortDiagnostics([...diagnostics, ...imageProblems()])}
  const validUntil = nextChangeAfter(site.releases, now, newsWindowMs)
  return {
    ok: true,
    model,
    selection,
    diagnostics: sortDiagnostics(diagnostics),
    rendered,
    pages: sitePages,
    digests: site.digests,
    structures: site.structures,
    media: site.mediaInputs,
    images: {made: imageWork.made, milliseconds: imageWork.milliseconds},
    ...(validUntil ? {validUntil} : {})
  }
}

/** Where the files made with the renders go, and what the output folder holds now. */
type ReleaseWriter = Pick<Assembly, 'onFiles' | 'recordedKey'>

/** Making each published release's own files as soon as it is rendered, for the writer to take at once. */
function assemblyOf(
  config: SiteConfig,
  site: ConfiguredSite,
  fingerprints: SiteModel['fingerprints'],
  now: Date,
  selection: PublicSelection,
  formats: readonly OutputFormat[] | undefined,
  writer: ReleaseWriter,
  renditionBytes: SiteModel['renditionBytes']
): Assembly {
  const published = new Map(
    selection.releases.map((release) => [
      release.slug,
      {slug: release.slug, date: release.date, locales: config.locales.flatMap(({code}) => (release.translations[code] ? [code] : []))}
    ])
  )
  const names = releaseFormats(formats?.map((format) => format.name)).map((format) => format.name)
  return {
    pages: {config, resources: site.resources, media: site.media, fingerprints, now, formats: names, renditionBytes},
    releaseOf: (input) => published.get(input.source.slug),
    ...writer
  }
}

/**
 * What every page of a locale is made from besides the releases it shows: the code (templates
 * included), the config, that locale's strings, the logo and the default image. A changed string
 * rewrites only its own locale's pages; a new image none but those of the releases that show it.
 */
function pageFingerprints(config: SiteConfig, site: ConfiguredSite): SiteModel['fingerprints'] {
  const common = createHash('sha256')
    .update(codeFingerprint())
    .update(JSON.stringify([config, site.media[config.logo] ?? null, (config.defaultImage && site.media[config.defaultImage]) ?? null]))
  const forLocale = (locale: Locale | 'site') =>
    common
      .copy()
      .update(JSON.stringify(locale === 'site' ? site.resources : site.resources[locale]))
      .digest('hex')
  return {site: forLocale('site'), ...siteLanguages(config).table(({code}) => forLocale(code))}
}

/** The article page of each release-language, as its document places it: what links are checked against, before any is rendered. */
function articlePagesOf(releases: readonly Release[], locales: SiteConfig['locales'], paths: SitePaths, shared: SharedValues): LinkedPage[] {
  return releases.flatMap((release) =>
    locales.flatMap(({code}) => {
      const document = release.translations[code]
      if (!document) return []
      const {withdrawn} = document.frontMatter
      return [{file: document.file, path: shared.string(paths.release(code, document)), ...(withdrawn === undefined ? {} : {withdrawn})}]
    })
  )
}

/** Each source file with the versions generated from it: parsed once, rendered together. */
function renderUnitsOf(releases: readonly Release[], bodies: ReadonlyMap<string, SourceBody>): UnitInput[] {
  return releases.flatMap((release) => {
    const documents = Object.values(release.translations)
    return documents
      .filter((d) => d.transliteratedFrom === undefined)
      .map((source) => ({source, derived: documents.filter((d) => d.transliteratedFrom === source.locale), body: bodies.get(source.file)!}))
  })
}

/**
 * Every output file of a prepared site, each tagged with the format that made it; `made`: the
 * releases whose own files were already made as they were rendered.
 */
export async function* siteOutputs(
  model: SiteModel,
  formats: readonly OutputFormat[] = outputFormats,
  made?: ReadonlySet<string>
): AsyncIterable<{format: OutputFormat; file: OutputFile}> {
  const rest = made && made.size > 0 ? {...model, releases: model.releases.filter((release) => !made.has(release.slug))} : model
  for (const format of formats) for await (const file of format.files(format.shows === 'release' ? rest : model)) yield {format, file}
}

/** load -> validate -> select -> localize -> render -> outputs -> write. */
export async function build(options: BuildOptions = {}): Promise<BuildResult> {
  const started = performance.now()
  const paths = resolvePaths(options)
  const outDir = resolve(paths.root, options.outDir ?? 'dist')
  const now = options.now ?? new Date()
  return withStore(options, async (store) => {
    await recoverOutput(outDir, store)
    const scanned = scan(options)
    const recordName = `build:${outDir}:${options.partnerBundle ? resolve(paths.root, options.partnerBundle) : ''}`
    const last = existsSync(outDir) ? readRecord<SuccessfulBuild>(store, recordName) : undefined
    const valid = last && stillValid(last, now) ? last : undefined
    if (valid?.stamp === scanned.stamp) {
      const total = valid.result.summary.written + valid.result.summary.reused
      return {
        ...valid.result,
        summary: {
          ...valid.result.summary,
          rendered: 0,
          written: 0,
          reused: total,
          changedFeeds: [],
          images: {made: 0, milliseconds: 0},
          ...(valid.result.summary.searchIndexMs === undefined ? {} : {searchIndexMs: 0}),
          durationMs: performance.now() - started
        }
      }
    }
    forgetRecord(store, recordName)
    const keep = options.cache !== false && !options.formats
    // A body-only build checks links against the recorded site's pages; a partner bundle is always built whole.
    const pages = valid && keep && !options.partnerBundle ? recordedPages(store, recordName) : undefined
    const bodiesOnly =
      valid && pages ? bodyOnlyChangesOf(valid, store.builtSources(recordName), scanned, store, labeller(paths.root)(paths.contentDir)) : undefined
    const result =
      valid && pages && bodiesOnly
        ? await buildBodyChanges({...options, now}, store, outDir, scanned, valid, pages, bodiesOnly)
        : await buildWhole({...options, now}, store, outDir, scanned)
    if (!result.ok) return result.outcome
    if (keep) keepRecord(store, recordName, result.record, result.parts)
    return {...result.outcome, summary: {...result.outcome.summary, durationMs: performance.now() - started}}
  })
}

/** Whether a build wrote an output that shows the text of every release of a year (the search index). */
function archived(record: BuildRecord<SuccessfulBuild>): boolean {
  return archiveFormats.some((format) => (record.result.summary.filesPerFormat[format.name] ?? 0) > 0)
}

const archiveFormats = outputFormats.filter((format) => format.shows === 'archive')

/** The releases of these periods: every one an output that shows a period's releases (a search shard) is made from. */
function inPeriods(model: SiteModel, periods: ReadonlySet<string>): SiteModel {
  return {...model, releases: model.releases.filter((release) => Object.values(release.translations).some((r) => periods.has(searchPeriodOf(r))))}
}

type BuildRun =
  | {readonly ok: false; readonly outcome: BuildResult}
  | {
      readonly ok: true
      readonly outcome: SuccessfulBuild
      readonly record: BuildRecord<SuccessfulBuild>
      readonly parts: Parameters<typeof keepRecord>[3]
    }

/** Every release loaded, every output considered: what a build does unless only bodies changed. */
async function buildWhole(options: BuildOptions & {now: Date}, store: SiteStore, outDir: string, scanned: ProjectScan): Promise<BuildRun> {
  const site = await loadWithStore(options, store, scanned)
  const progress = options.onProgress ?? (() => {})
  const filesPerFormat: Record<string, number> = {}
  const counted = (format: string) => (filesPerFormat[format] = (filesPerFormat[format] ?? 0) + 1)
  const spent: Record<string, number> = {}

  // Releases' own files go to the writer while the others render; the rest once all are rendered.
  const made = new FileQueue()
  const writer: ReleaseWriter = {onFiles: (slug, files) => made.push(slug, files), recordedKey: (path) => store.output(outDir, path)?.key}
  const preparing = prepareWithStore(options, store, site, false, undefined, writer).finally(() => made.close())
  const partnerPreparing = options.partnerBundle
    ? preparing.then((prepared) => (prepared.ok ? prepareWithStore({...options, onProgress: () => {}}, store, site, true) : prepared))
    : undefined
  let rendering = true
  const files = (async function* (): AsyncIterable<OutputFile> {
    for await (const file of made) {
      counted(file.format)
      yield {path: file.path, ...(file.key === undefined ? {} : {key: file.key}), digest: file.digest, render: () => file.content}
    }
    const prepared = await preparing
    // A build with errors writes nothing: this discards what was staged.
    if (!prepared.ok) throw new NotPublished()
    // The partner bundle is prepared before the site is committed, so its problems fail the build before either is written.
    if (partnerPreparing && !(await partnerPreparing).ok) throw new NotPublished()
    rendering = false
    for await (const {format, file} of timedOutputs(siteOutputs(prepared.model, options.formats, made.slugs), spent)) {
      counted(format.name)
      yield file
    }
  })()
  const feeds = changedFeeds(site.config)
  const writing = writeOutput(outDir, files, store, {
    onWritten: (count, path) => {
      feeds.written(path)
      if (!rendering) progress('write', count, 0)
    }
  })
  writing.catch(() => made.abandon())
  const [wrote, prepared, partner] = await Promise.allSettled([writing, preparing, partnerPreparing])
  if (prepared.status === 'rejected') throw prepared.reason
  if (partner.status === 'rejected') throw partner.reason
  if (!prepared.value.ok) return {ok: false, outcome: {ok: false, diagnostics: prepared.value.diagnostics, summary: undefined}}
  if (partner.value && !partner.value.ok) return {ok: false, outcome: {ok: false, diagnostics: partner.value.diagnostics, summary: undefined}}
  if (wrote.status === 'rejected') throw wrote.reason
  const {written, reused} = wrote.value
  const {model, selection} = prepared.value
  if (options.partnerBundle && partner.value?.ok)
    await writePartnerBundle(partner.value.model, store, resolve(resolvePaths(options).root, options.partnerBundle))
  const usedRenditions = usedRenditionSizes([model, ...(partner.value?.ok ? [partner.value.model] : [])])
  await pruneRenditionCache(model.renditionCache, store, `build:${outDir}:${options.partnerBundle ?? ''}`, usedRenditions)

  const releasesPerLocale = Object.fromEntries(model.config.locales.map(({code}) => [code, releasesIn(model, code).length]))
  // Only once the output is committed: a failed build republished nothing.
  const republished = republishedReleases(store, model)
  const outcome: SuccessfulBuild = {
    ok: true,
    diagnostics: republished.length > 0 ? sortDiagnostics([...prepared.value.diagnostics, ...republished]) : prepared.value.diagnostics,
    summary: {
      releasesPerLocale,
      filesPerFormat,
      embargoed: selection.embargoed,
      drafts: selection.drafts,
      durationMs: 0,
      rendered: prepared.value.rendered,
      written,
      reused,
      changedFeeds: feeds.changed(),
      images: sumImageWork([prepared.value.images, ...(partner.value?.ok ? [partner.value.images] : [])]),
      ...searchIndexTime(model, spent)
    },
    timeZone: model.config.timeZone,
    websub: {hubs: model.config.hubs, notifyAlways: model.config.notifyHubs}
  }
  const {validUntil} = prepared.value
  const record: BuildRecord<SuccessfulBuild> = {
    stamp: scanned.stamp,
    context: scanned.context,
    feedReleases: [
      ...new Set(
        model.config.locales.flatMap(({code}) =>
          releasesIn(model, code)
            .slice(0, model.config.feedSize)
            .map((r) => r.slug)
        )
      )
    ],
    ...(validUntil ? {validUntil: validUntil.toISOString()} : {}),
    result: outcome
  }
  return {ok: true, outcome, record, parts: {sources: prepared.value.digests, complete: true, pages: prepared.value.pages}}
}

/**
 * A render knows only the images it can read, so a file in content/media/ that is not one reads
 * to it as missing: told apart here, from this build's list of media files (never stored).
 */
function unreadableIfPresent(found: Diagnostic, mediaFiles: ReadonlySet<string>): Diagnostic {
  if (found.id !== catalog.missingImage.id || found.actual === undefined || !mediaFiles.has(found.actual)) return found
  const {message, hint, ...where} = found
  return report(found.file, problem(catalog.unreadableImage, found.actual), where)
}

function sumImageWork(parts: readonly ImageWorkDone[]): ImageWorkDone {
  return {made: parts.reduce((sum, part) => sum + part.made, 0), milliseconds: parts.reduce((sum, part) => sum + part.milliseconds, 0)}
}

/** The outputs as they come, the time spent making each format's files added up in `spent` by format name. */
async function* timedOutputs<T extends {format: OutputFormat}>(outputs: AsyncIterable<T>, spent: Record<string, number>): AsyncIterable<T> {
  const iterator = outputs[Symbol.asyncIterator]()
  for (;;) {
    const started = performance.now()
    const next = await iterator.next()
    if (next.done) return
    spent[next.value.format.name] = (spent[next.value.format.name] ?? 0) + performance.now() - started
    yield next.value
  }
}

/** What a build spent on the search index, for its summary: none when the site has no search. */
function searchIndexTime(model: SiteModel, spent: Readonly<Record<string, number>>): Pick<BuildSummary, 'searchIndexMs'> {
  return model.config.search ? {searchIndexMs: archiveFormats.reduce((total, format) => total + (spent[format.name] ?? 0), 0)} : {}
}

/**
 * The site's feeds that a build wrote afresh, told of every file it writes: their absolute URLs,
 * in the site's order, are what `--notify` tells the hubs of.
 */
function changedFeeds(config: SiteConfig | undefined): {written(path: string): void; changed(): string[]} {
  // Each feed's URL by the file it is written to.
  const feeds = new Map<string, string>()
  if (config) {
    const paths = sitePathsFor(config)
    for (const locale of siteLanguages(config).codes)
      for (const feed of linkedFeeds) {
        const path = feed.path(paths, locale)
        feeds.set(fileForPath(path), absoluteUrl(config, path))
      }
  }
  const written = new Set<string>()
  return {
    written: (path) => {
      if (feeds.has(path)) written.add(path)
    },
    changed: () => [...feeds].filter(([file]) => written.has(file)).map(([, url]) => url)
  }
}

/** The signal that a build found errors after its writer started: the writer discards what it staged. */
class NotPublished extends Error {}

// Files waiting for the writer beyond which rendering waits: what is made is written, not held.
const queuedFilesAtMost = 1024

/** Files made as releases render, handed to the writer in the order they come. */
class FileQueue implements AsyncIterable<AssembledFile> {
  readonly slugs = new Set<string>()
  private files: AssembledFile[] = []
  private closed = false
  private wake: (() => void) | undefined
  private drained: (() => void)[] = []
  private abandoned = false

  /** Resolves once the writer has taken enough that more may be made. */
  push(slug: string, files: readonly AssembledFile[]): Promise<void> | void {
    this.slugs.add(slug)
    if (this.abandoned) return
    this.files.push(...files)
    this.wake?.()
    if (this.files.length > queuedFilesAtMost && !this.abandoned) return new Promise((resolve) => this.drained.push(resolve))
  }

  /** The writer stopped (it failed): nothing waits for it any more. */
  abandon(): void {
    this.abandoned = true
    this.files = []
    for (const resolve of this.drained.splice(0)) resolve()
  }

  close(): void {
    this.closed = true
    this.wake?.()
  }

  async *[Symbol.asyncIterator](): AsyncIterator<AssembledFile> {
    for (;;) {
      const batch = this.files
      this.files = []
      for (const resolve of this.drained.splice(0)) resolve()
      yield* batch
      if (this.files.length > 0) continue
      if (this.closed) return
      await new Promise<void>((resolve) => (this.wake = resolve))
      this.wake = undefined
    }
  }
}

function bodyOnlyChangesOf(
  record: BuildRecord<SuccessfulBuild>,
  recorded: SourceDigests,
  scanned: ProjectScan,
  store: SiteStore,
  contentLabel: string
): string[] | undefined {
  const reader = new InputReader(store)
  const byLabel = new Map(scanned.sources.map((file) => [file.label, file]))
  return bodyOnlyChanges(record, recorded, scanned, reader, (label) => {
    const file = byLabel.get(label)!
    // Read as the full load would, so the store keeps what it learns either way.
    return store.transaction(() => reader.read<StoredSource>(file, (bytes) => readSource(file.label, bytes, contentLabel)).factsDigest)
  })
}

/**
 * What decides a source's place in the site: which release and language it is, its date and
 * whether it is published (a withdrawn one leaves the lists and shows no image). Equal
 * structures, equal lists of releases in equal order.
 */
function structureOf(source: StoredSource): string {
  const d = source.document
  const fm = d?.frontMatter
  return d && fm
    ? JSON.stringify([d.slug, d.locale, d.year, d.month, fm.date, fm.draft ?? false, fm.embargo ?? null, fm.withdrawn !== undefined])
    : 'unusable'
}

function readSource(label: string, bytes: Buffer, contentLabel: string): StoredSource {
  const {document, problems} = readReleaseDocument(
    {path: label.slice(contentLabel.length + 1), text: stripXmlIllegal(bytes.toString('utf8'))},
    contentLabel
  )
  return {...(document ? {document} : {}), problems}
}

/**
 * Only release bodies changed: load and render just those releases and the ones the feeds carry,
 * and bring up to date only the outputs that show a release or a feed. Everything else — lists,
 * tags, sitemaps — shows front matter alone, which did not change, so it is neither made nor read.
 */
async function buildBodyChanges(
  options: BuildOptions & {now: Date},
  store: SiteStore,
  outDir: string,
  scanned: ProjectScan,
  record: BuildRecord<SuccessfulBuild>,
  pages: SitePages,
  changed: readonly string[]
): Promise<BuildRun> {
  const slugs = new Set([...changed.map(slugOf), ...record.feedReleases])
  // A search shard is made from every release of its half-year: those of the changed ones' periods are loaded too.
  const periods = new Set(archived(record) ? changed.map(searchPeriodOfFile) : [])
  const part = {
    ...scanned,
    sources: scanned.sources.filter((file) => slugs.has(slugOf(file.label)) || periods.has(searchPeriodOfFile(file.label)))
  }
  const site = await loadWithStore(options, store, part, true)
  const shownBefore = bodyImagesOf(store, changed)
  const prepared = await prepareWithStore(options, store, site, false, pages)
  if (!prepared.ok) return {ok: false, outcome: {ok: false, diagnostics: prepared.diagnostics, summary: undefined}}
  // Renditions are site assets, which this path does not write or delete.
  if (bodyImagesOf(store, changed) !== shownBefore) return buildWhole(options, store, outDir, scanned)
  const formats = outputFormats.filter((format) => format.shows === 'release' || format.shows === 'feed')
  const {model} = prepared
  const spent: Record<string, number> = {}
  const files = (async function* () {
    for await (const {file} of siteOutputs({...model, releases: model.releases.filter((release) => slugs.has(release.slug))}, formats)) yield file
    for await (const {file} of timedOutputs(siteOutputs(inPeriods(model, periods), archiveFormats), spent)) yield file
  })()
  const progress = options.onProgress ?? (() => {})
  const feeds = changedFeeds(model.config)
  const {written} = await writeOutput(outDir, files, store, {
    onlyThese: true,
    onWritten: (count, path) => {
      feeds.written(path)
      progress('write', count, 0)
    }
  })

  const loaded = new Set(part.sources.map((file) => file.label))
  const diagnostics = sortDiagnostics([...record.result.diagnostics.filter((d) => !loaded.has(d.file)), ...prepared.diagnostics])
  const total = record.result.summary.written + record.result.summary.reused
  const outcome: SuccessfulBuild = {
    ...record.result,
    diagnostics,
    summary: {
      ...record.result.summary,
      rendered: prepared.rendered,
      written,
      reused: total - written,
      changedFeeds: feeds.changed(),
      images: prepared.images,
      ...searchIndexTime(model, spent)
    }
  }
  return {ok: true, outcome, record: {...record, stamp: scanned.stamp, result: outcome}, parts: {sources: prepared.digests, complete: false}}
}

/** The media files these sources' bodies show as pictures, as their stored renders say. */
function bodyImagesOf(store: SiteStore, labels: readonly string[]): string {
  return JSON.stringify(
    labels.map((label) => {
      const record = store.render(label)
      return record ? (JSON.parse(record.facts) as Pick<RenderedRelease, 'bodyImages'>[]).map((facts) => facts.bodyImages) : null
    })
  )
}

/** The media files these sources' bodies show as pictures in a prepared site. */
function bodyImagesIn(model: SiteModel, labels: readonly string[]): string {
  const articles = model.releases.flatMap((release) => Object.values(release.translations))
  return JSON.stringify(labels.map((label) => articles.filter((article) => article.file === label).map((article) => article.bodyImages)))
}

/** A prepared site as the preview holds it. */
export type PreparedPreview = Extract<PreparedSite, {ok: true}>

/**
 * The preview's answer to saves of existing releases that left each in its place (`changed`: the
 * saved files' paths as editors see them; same release, language, date, draft, embargo and withdrawal):
 * those releases are loaded and rendered again and put into the site it holds, with the outputs
 * that show them — or undefined when a save changed more, for a full preparation. When bodies
 * alone changed, lists, tags and sitemaps show nothing new and stay as they are.
 */
export async function updatePreviewReleases(
  options: BuildOptions & {store: SiteStore},
  previous: PreparedPreview,
  changed: readonly string[]
): Promise<PreviewUpdate | undefined> {
  const {store} = options
  if (previous.validUntil && (options.now ?? new Date()).getTime() >= previous.validUntil.getTime()) return undefined
  if (changed.length === 0) return undefined
  const paths = resolvePaths(options)
  const contentLabel = labeller(paths.root)(paths.contentDir)
  // The watcher names every file saved, added or deleted: only those are looked at, none other statted.
  const inputOf = (label: string): InputFile | undefined => {
    const absolute = join(paths.root, label)
    return existsSync(absolute) ? {label, absolute, stat: statOf(absolute)} : undefined
  }
  const reader = new InputReader(store)
  let frontMatterChanged = false
  for (const label of changed) {
    const file = inputOf(label)
    const known = previous.digests.get(label)
    if (!file || !known) return undefined
    const read = store.transaction(() => reader.read<StoredSource>(file, (bytes) => readSource(file.label, bytes, contentLabel)))
    if (structureOf(read.facts) !== previous.structures.get(label)) return undefined
    if (read.factsDigest !== known.document) frontMatterChanged = true
  }
  const slugs = new Set(changed.map(slugOf))
  const sources = [...previous.digests.keys()].filter((label) => slugs.has(slugOf(label))).flatMap((label) => inputOf(label) ?? [])
  const site = await loadWithStore(options, store, {sources, media: previous.media, stamp: '', context: ''}, true)
  const part = await prepareWithStore(options, store, site, false, previous.pages)
  if (!part.ok) return {prepared: part, outputs: []}
  // Renditions are site assets, which only a full preparation lists again. Compared with what the
  // preview showed, not with the store, which a build beside the preview may have brought up to date.
  if (bodyImagesIn(part.model, changed) !== bodyImagesIn(previous.model, changed)) return undefined
  const renewed = new Map(part.model.releases.map((release) => [release.slug, release]))
  const releases = previous.model.releases.map((release) => renewed.get(release.slug) ?? release)
  // The part made or found only its own releases' renditions; the feeds' other releases keep theirs.
  const model: SiteModel = {...part.model, releases, renditionBytes: mergeSizes(previous.model.renditionBytes, part.model.renditionBytes)}
  const loaded = new Set(part.digests.keys())
  const prepared: PreparedPreview = {
    ...previous,
    model,
    diagnostics: sortDiagnostics([...previous.diagnostics.filter((d) => !loaded.has(d.file)), ...part.diagnostics]),
    rendered: part.rendered,
    digests: new Map([...previous.digests, ...part.digests])
  }
  // The outputs that show a release or a feed, of the saved releases and the ones the feeds carry.
  const feedSlugs = new Set(
    model.config.locales.flatMap(({code}) =>
      releasesIn(model, code)
        .slice(0, model.config.feedSize)
        .map((r) => r.slug)
    )
  )
  const shown: SiteModel = {...model, releases: releases.filter((release) => slugs.has(release.slug) || feedSlugs.has(release.slug))}
  const outputs = async function* () {
    yield* siteOutputs(
      shown,
      outputFormats.filter((format) => format.shows === 'release' || format.shows === 'feed')
    )
    if (frontMatterChanged)
      yield* siteOutputs(
        model,
        outputFormats.filter((format) => format.shows === 'site')
      )
  }
  return {prepared, outputs: outputs(), search: {model, periods: new Set(changed.map(searchPeriodOfFile))}}
}

/** What a save changes in the preview: the pages first, then the search shards of some periods, which take longer to make. */
export interface PreviewUpdate {
  readonly prepared: PreparedSite
  readonly outputs: AsyncIterable<{format: OutputFormat; file: OutputFile}> | []
  readonly search?: ShardsToMake
}

/** The periods whose search shards a save changed, and the site to make them from. */
export interface ShardsToMake {
  readonly model: SiteModel
  readonly periods: ReadonlySet<string>
}

/** The search shards of these periods, each made from every release of its period. */
export function shardOutputs(shards: ShardsToMake): AsyncIterable<{format: OutputFormat; file: OutputFile}> {
  return siteOutputs(inPeriods(shards.model, shards.periods), archiveFormats)
}

/** The syndication tree with embargoed releases too, for an access-controlled host. */
async function writePartnerBundle(model: SiteModel, store: SiteStore, outDir: string): Promise<void> {
  const syndication = outputFormats.filter((format) => format.group === 'syndication')
  await writeOutput(
    outDir,
    (async function* () {
      for await (const {file} of siteOutputs(model, syndication)) yield file
    })(),
    store
  )
}
