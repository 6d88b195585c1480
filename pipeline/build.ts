import {createHash} from 'node:crypto'
import {access, mkdir, readFile, rename, rm, writeFile} from 'node:fs/promises'
import {dirname, join, relative, resolve} from 'node:path'
import type {Locale} from './config/locales.ts'
import {loadSiteConfig, type SiteConfig} from './config/site-config.ts'
import {sitePathsFor} from './config/urls.ts'
import {diagnostic, hasErrors, sortDiagnostics, type Diagnostic} from './diagnostics/diagnostic.ts'
import {findSources} from './load/find-sources.ts'
import {inputSnapshot} from './load/input-snapshot.ts'
import {indexMedia, type MediaIndex} from './load/media-index.ts'
import {deriveTransliteratedReleases} from './localize/derive-transliterated-releases.ts'
import {loadTransliterationDictionary} from './localize/load-transliteration-dictionary.ts'
import {loadLocaleResources, type LocaleResources} from './localize/locale-resources.ts'
import type {TransliterationDictionary} from './localize/transliterate-uzbek.ts'
import {createTranslator, type Translate} from './localize/translator.ts'
import {outputFormats, type OutputFormat} from './outputs/formats.ts'
import {newsWindowMs} from './outputs/sitemaps/news-sitemap.ts'
import type {OutputFile} from './outputs/output-file.ts'
import {releasesIn, type PublishedRelease, type SiteModel} from './outputs/site-model.ts'
import {renderAll} from './render/render-all.ts'
import {diskRenderCache, type RenderCache} from './render/render-cache.ts'
import type {RenderedRelease, RenderUnit} from './render/render-release.ts'
import {codeFingerprint} from './version.ts'
import {groupReleases, type Release} from './validate/group-releases.ts'
import {brokenSiteLinks} from './validate/editorial-warnings.ts'
import {readReleaseDocument, type FrontMatterMemo, type ParsedFrontMatter} from './validate/read-release-document.ts'
import {nextChangeAfter, selectPublic, type PublicSelection, type Withheld} from './validate/select-public.ts'
import {writeOutput} from './write/write-output.ts'

export interface ProjectPaths {
  /** Folder of the releases and media (default: `<root>/content`). */
  readonly contentDir: string
  /** Folder of the UI strings (default: `<root>/locales`). */
  readonly localesDir: string
  /** The site config (default: `<root>/site.yaml`). */
  readonly configFile: string
}

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
  readonly onProgress?: ProgressListener
  /** Also write the syndication tree, embargoed releases included, into this folder (default: none). */
  readonly partnerBundle?: string
  /** Threads to render in (default: the machine's cores; 1 renders in the main thread). */
  readonly jobs?: number
  /** Keep rendered releases in `.cache/matbuot/` and render only what changed (default: `true`). */
  readonly cache?: boolean
  /** Validated front matter to reuse instead of the one on disk (the preview keeps its own). */
  readonly frontMatterMemo?: FrontMatterMemo
  /** A cache to use instead of the one on disk (the preview keeps its own in memory). */
  readonly renderCache?: RenderCache
  /** The outputs to write (default: every format). */
  readonly formats?: readonly OutputFormat[]
}

export interface BuildSummary {
  readonly releasesPerLocale: Readonly<Record<string, number>>
  readonly filesPerFormat: Readonly<Record<string, number>>
  readonly embargoed: readonly Withheld[]
  readonly drafts: readonly Withheld[]
  readonly durationMs: number
  /** Source files rendered (the rest came from the cache). */
  readonly rendered: number
  /** Output files written afresh, and taken over unchanged from the previous output. */
  readonly written: number
  readonly reused: number
}

export type BuildResult =
  /** Every problem found, errors first. */
  | {readonly ok: false; readonly diagnostics: readonly Diagnostic[]; readonly summary: undefined}
  | {readonly ok: true; readonly diagnostics: readonly Diagnostic[]; readonly summary: BuildSummary; readonly timeZone: string}

/** Content in, validated and grouped: what both `build` and `check` need. */
export interface LoadedSite {
  readonly config?: SiteConfig
  readonly resources: LocaleResources
  readonly releases: readonly Release[]
  readonly media: MediaIndex
  readonly mediaFiles: readonly string[]
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

/** load -> validate: read config, strings and releases, reporting every problem of every file. */
export async function loadSite(options: BuildOptions = {}): Promise<LoadedSite> {
  const paths = resolvePaths(options)
  const label = (path: string) => relative(paths.root, path).split('\\').join('/') || '.'
  const loaded = await loadSiteConfig(paths.configFile, label(paths.configFile))
  const configProblems = loaded.problems
  const config = loaded.config && options.baseUrl ? {...loaded.config, baseUrl: options.baseUrl.replace(/\/+$/, '')} : loaded.config
  if (!config) return {resources: {}, releases: [], media: {}, mediaFiles: [], diagnostics: configProblems}

  const locales = config.locales.map((l) => l.code)
  const {resources, problems: localeProblems} = await loadLocaleResources(paths.localesDir, locales, config.defaultLocale, label(paths.localesDir))
  const sources = await findSources(paths.contentDir)
  const memoFile = cacheFile(paths.root, 'front-matter', paths.contentDir)
  const memo = options.frontMatterMemo ?? (options.cache === false ? undefined : new Map(await readJson<[string, ParsedFrontMatter][]>(memoFile)))
  const used = new Map<string, ParsedFrontMatter>()
  const read = sources.map((source) => readReleaseDocument(source, label(paths.contentDir), memo && trackingMemo(memo, used)))
  if (memo && !options.frontMatterMemo) await writeJson(memoFile, [...used])
  const documents = read.flatMap((r) => r.document ?? [])
  const unconfigured = documents.filter((d) => !locales.includes(d.locale))
  const {releases: grouped, problems: setProblems} = groupReleases(documents.filter((d) => locales.includes(d.locale)), config.timeZone)
  const {index: media, files: mediaFiles} = await indexMedia(paths.contentDir)
  const transliterates = config.locales.some((l) => l.transliterateFrom !== undefined)
  const {dictionary: transliteration, problems: dictionaryProblems} = transliterates
    ? await loadTransliterationDictionary(paths.localesDir, label(paths.localesDir))
    : {dictionary: undefined, problems: []}
  const releases = deriveTransliteratedReleases(grouped, config, transliteration)

  return {
    config,
    resources,
    releases,
    media,
    mediaFiles,
    ...(transliteration ? {transliteration} : {}),
    diagnostics: [
      ...localeProblems,
      ...dictionaryProblems,
      ...read.flatMap((r) => r.problems),
      ...unconfigured.map((d) => diagnostic('error', d.file, `locale "${d.locale}" is not enabled in the site config, expected one of ${locales.join(', ')}`)),
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
  | {readonly ok: true; readonly model: SiteModel; readonly selection: PublicSelection; readonly diagnostics: readonly Diagnostic[]; readonly rendered: number}

/**
 * load -> validate -> select -> localize -> render: everything but the outputs. Every release is
 * rendered and checked, drafts and embargoed ones too, so their problems surface (and errors fail
 * the build) before they are published; only the selection reaches the outputs.
 */
export async function prepareSite(options: BuildOptions = {}, loaded?: LoadedSite, embargoedToo = false): Promise<PreparedSite> {
  const paths = resolvePaths(options)
  const progress = options.onProgress ?? (() => {})
  progress('load', 0, 1)
  const site = loaded ?? (await loadSite(options))
  progress('load', 1, 1)
  const {config} = site
  if (!config || hasErrors(site.diagnostics)) return {ok: false, diagnostics: sortDiagnostics(site.diagnostics)}

  const now = options.now ?? new Date()
  const selection = selectPublic(site.releases, {now, drafts: options.drafts ?? false, embargoed: embargoedToo})
  const diagnostics: Diagnostic[] = [...site.diagnostics]
  const units = renderUnitsOf(site.releases)
  const context = {resources: site.resources, config, media: site.media, ...(site.transliteration ? {transliteration: site.transliteration} : {})}
  const cache = options.renderCache ?? (options.cache === false ? undefined : diskRenderCache(join(paths.root, '.cache/matbuot/renders')))
  const {results, rendered} = await renderAll(units, context, {
    ...(options.jobs === undefined ? {} : {jobs: options.jobs}),
    ...(cache ? {cache} : {}),
    onProgress: (done, total) => progress('render', done, total)
  })
  const byRelease = new Map<string, Partial<Record<Locale, RenderedRelease>>>()
  for (const release of results.flat()) {
    diagnostics.push(...release.problems)
    byRelease.set(release.slug, {...byRelease.get(release.slug), [release.locale]: release})
  }
  const withRenders = (chosen: readonly Release[]): PublishedRelease[] =>
    chosen.map((release) => ({
      slug: release.slug,
      date: release.date,
      // In the order of the config's locales, so every output lists languages the same way.
      translations: Object.fromEntries(config.locales.flatMap(({code}) => (release.translations[code] && byRelease.get(release.slug)?.[code] ? [[code, byRelease.get(release.slug)![code]]] : [])))
    }))
  const releases = withRenders(selection.releases)
  diagnostics.push(...brokenSiteLinks(withRenders(site.releases), releases))
  if (hasErrors(diagnostics)) return {ok: false, diagnostics: sortDiagnostics(diagnostics)}

  const translators = Object.fromEntries(config.locales.map(({code}) => [code, createTranslator(code, site.resources[code]!)])) as Record<Locale, Translate>
  const fingerprint = createHash('sha256').update(codeFingerprint()).update(JSON.stringify([config, site.resources, site.media])).digest('hex')
  const model: SiteModel = {config, fingerprint, paths: sitePathsFor(config), resources: site.resources, translators, releases, media: site.media, mediaFiles: site.mediaFiles, contentDir: paths.contentDir, now}
  return {ok: true, model, selection, diagnostics: sortDiagnostics(diagnostics), rendered}
}

/** Each source file with the versions generated from it: parsed once, rendered together. */
function renderUnitsOf(releases: readonly Release[]): RenderUnit[] {
  return releases.flatMap((release) => {
    const documents = Object.values(release.translations)
    return documents
      .filter((d) => d.transliteratedFrom === undefined)
      .map((source) => ({source, derived: documents.filter((d) => d.transliteratedFrom === source.locale)}))
  })
}

/** Every output file of a prepared site, each tagged with the format that made it. */
export function* siteOutputs(model: SiteModel, formats: readonly OutputFormat[] = outputFormats): Iterable<{format: OutputFormat; file: OutputFile}> {
  for (const format of formats) for (const file of format.write(model)) yield {format, file}
}

/** What the last successful build of an output folder read and reported. */
interface BuildRecord {
  readonly inputs: string
  /** When the same inputs would give another site (an embargo lifts, the news window moves). */
  readonly validUntil?: string
  readonly result: Extract<BuildResult, {ok: true}>
}

/** load -> validate -> select -> localize -> render -> outputs -> write. */
export async function build(options: BuildOptions = {}): Promise<BuildResult> {
  const started = performance.now()
  const paths = resolvePaths(options)
  const outDir = resolve(paths.root, options.outDir ?? 'dist')
  const now = options.now ?? new Date()
  const recordFile = options.cache === false || options.formats ? undefined : cacheFile(paths.root, 'builds', outDir)
  const inputs = recordFile
    ? await inputSnapshot([paths.contentDir, paths.localesDir, paths.configFile], {code: codeFingerprint(), outDir, drafts: options.drafts ?? false, baseUrl: options.baseUrl ?? null, partnerBundle: options.partnerBundle ?? null})
    : undefined
  if (recordFile && inputs) {
    const last = await readJson<BuildRecord>(recordFile)
    const stillValid = last && (last.validUntil === undefined || now.getTime() < Date.parse(last.validUntil))
    if (last?.inputs === inputs && stillValid && (await exists(outDir))) {
      const total = last.result.summary.written + last.result.summary.reused
      return {...last.result, summary: {...last.result.summary, rendered: 0, written: 0, reused: total, durationMs: performance.now() - started}}
    }
    await rm(recordFile, {force: true})
  }

  const site = await loadSite(options)
  const prepared = await prepareSite({...options, now}, site)
  if (!prepared.ok) return {ok: false, diagnostics: prepared.diagnostics, summary: undefined}
  const {model, selection} = prepared
  const progress = options.onProgress ?? (() => {})

  const filesPerFormat: Record<string, number> = {}
  const outputs = siteOutputs(model, options.formats)
  const files = (function* () {
    for (const {format, file} of outputs) {
      filesPerFormat[format.name] = (filesPerFormat[format.name] ?? 0) + 1
      yield file
    }
  })()
  const {written, reused} = await writeOutput(outDir, files, {onWritten: (count) => progress('write', count, 0), ...manifestFor(options, outDir)})

  if (options.partnerBundle) await writePartnerBundle({...options, now}, site, options.partnerBundle)

  const releasesPerLocale = Object.fromEntries(model.config.locales.map(({code}) => [code, releasesIn(model, code).length]))
  const result = {
    ok: true as const,
    diagnostics: prepared.diagnostics,
    summary: {releasesPerLocale, filesPerFormat, embargoed: selection.embargoed, drafts: selection.drafts, durationMs: performance.now() - started, rendered: prepared.rendered, written, reused},
    timeZone: model.config.timeZone
  }
  if (recordFile && inputs) {
    const validUntil = nextChangeAfter(site.releases, now, newsWindowMs)
    await writeJson(recordFile, {inputs, ...(validUntil ? {validUntil: validUntil.toISOString()} : {}), result} satisfies BuildRecord)
  }
  return result
}

/** A file under `.cache/matbuot/<kind>/` named after the output folder it belongs to. */
function cacheFile(root: string, kind: string, outDir: string): string {
  return join(root, '.cache/matbuot', kind, `${createHash('sha256').update(outDir).digest('hex').slice(0, 16)}.json`)
}

/** A memo that also notes which entries this build used, so the stored one never keeps stale ones. */
function trackingMemo(memo: FrontMatterMemo, used: Map<string, ParsedFrontMatter>): FrontMatterMemo {
  return {
    get(key) {
      const hit = memo.get(key)
      if (hit) used.set(key, hit)
      return hit
    },
    set(key, value) {
      memo.set(key, value)
      used.set(key, value)
    }
  }
}

async function readJson<T>(file: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as T
  } catch {
    return undefined
  }
}

async function writeJson(file: string, value: unknown): Promise<void> {
  await mkdir(dirname(file), {recursive: true})
  const partial = `${file}.${process.pid}.partial`
  await writeFile(partial, JSON.stringify(value))
  await rename(partial, file)
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false
  )
}

/** Where the keys of an output folder's files are kept, unless the build is told to keep nothing. */
function manifestFor(options: BuildOptions, outDir: string): {manifestFile?: string} {
  return options.cache === false ? {} : {manifestFile: cacheFile(resolvePaths(options).root, 'outputs', outDir)}
}

/** The syndication tree with embargoed releases too, for an access-controlled host. */
async function writePartnerBundle(options: BuildOptions, site: LoadedSite, outDir: string): Promise<void> {
  const prepared = await prepareSite(options, site, true)
  if (!prepared.ok) return
  const syndication = outputFormats.filter((format) => format.group === 'syndication')
  const target = resolve(resolvePaths(options).root, outDir)
  await writeOutput(target, (function* () {
    for (const {file} of siteOutputs(prepared.model, syndication)) yield file
  })(), manifestFor(options, target))
}
