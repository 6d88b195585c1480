import {relative, resolve} from 'node:path'
import type {Locale} from './config/locales.ts'
import {loadSiteConfig, type SiteConfig} from './config/site-config.ts'
import {hasErrors, sortDiagnostics, type Diagnostic} from './diagnostics/diagnostic.ts'
import {findSources} from './load/find-sources.ts'
import {indexMedia, type MediaIndex} from './load/media-index.ts'
import {loadLocaleResources, type LocaleResources} from './localize/locale-resources.ts'
import {createTranslator, type Translate} from './localize/translator.ts'
import {outputFormats, type OutputFormat} from './outputs/formats.ts'
import type {PublishedRelease, SiteModel} from './outputs/site-model.ts'
import {renderRelease} from './render/render-release.ts'
import {groupReleases, type Release} from './validate/group-releases.ts'
import {readReleaseDocument} from './validate/read-release-document.ts'
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
  /** The build's clock (default: the time the build starts). */
  readonly now?: Date
  /** The outputs to write (default: every format). */
  readonly formats?: readonly OutputFormat[]
}

export interface BuildResult {
  readonly ok: boolean
  /** Every problem found, errors first. */
  readonly diagnostics: readonly Diagnostic[]
  readonly releases: number
  readonly written: number
}

/** Content in, validated and grouped: what both `build` and `check` need. */
export interface LoadedSite {
  readonly config?: SiteConfig
  readonly resources: LocaleResources
  readonly releases: readonly Release[]
  readonly media: MediaIndex
  readonly mediaFiles: readonly string[]
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
  const {config, problems: configProblems} = await loadSiteConfig(paths.configFile, label(paths.configFile))
  if (!config) return {resources: {}, releases: [], media: {}, mediaFiles: [], diagnostics: configProblems}

  const locales = config.locales.map((l) => l.code)
  const {resources, problems: localeProblems} = await loadLocaleResources(paths.localesDir, locales, config.defaultLocale, label(paths.localesDir))
  const sources = await findSources(paths.contentDir)
  const read = sources.map((source) => readReleaseDocument(source, label(paths.contentDir)))
  const documents = read.flatMap((r) => r.document ?? [])
  const unconfigured = documents.filter((d) => !locales.includes(d.locale))
  const {releases, problems: setProblems} = groupReleases(documents.filter((d) => locales.includes(d.locale)), config.timeZone)
  const {index: media, files: mediaFiles} = await indexMedia(paths.contentDir)

  return {
    config,
    resources,
    releases,
    media,
    mediaFiles,
    diagnostics: [
      ...localeProblems,
      ...read.flatMap((r) => r.problems),
      ...unconfigured.map((d) => ({severity: 'error' as const, file: d.file, line: 1, column: 1, message: `locale "${d.locale}" is not enabled in the site config, expected one of ${locales.join(', ')}`})),
      ...setProblems
    ]
  }
}

/** load -> validate -> localize -> render -> outputs -> write. */
export async function build(options: BuildOptions = {}): Promise<BuildResult> {
  const paths = resolvePaths(options)
  const site = await loadSite(options)
  const {config} = site
  if (!config || hasErrors(site.diagnostics)) return failed(site.diagnostics)

  const diagnostics: Diagnostic[] = [...site.diagnostics]
  const releases: PublishedRelease[] = site.releases.map((release) => {
    const translations: Partial<Record<Locale, ReturnType<typeof renderRelease>>> = {}
    for (const document of Object.values(release.translations)) {
      const rendered = renderRelease({document, resources: site.resources[document.locale]!, config, media: site.media})
      diagnostics.push(...rendered.problems)
      translations[document.locale] = rendered
    }
    return {slug: release.slug, date: release.date, translations}
  })
  if (hasErrors(diagnostics)) return failed(diagnostics)

  const translators = Object.fromEntries(config.locales.map(({code}) => [code, createTranslator(code, site.resources[code]!)])) as Record<Locale, Translate>
  const model: SiteModel = {config, resources: site.resources, translators, releases, media: site.media, mediaFiles: site.mediaFiles, contentDir: paths.contentDir, now: options.now ?? new Date()}
  const formats = options.formats ?? outputFormats
  const {written} = await writeOutput(resolve(paths.root, options.outDir ?? 'dist'), (function* () {
    for (const format of formats) yield* format.write(model)
  })())
  return {ok: true, diagnostics: sortDiagnostics(diagnostics), releases: releases.length, written}
}

function failed(diagnostics: readonly Diagnostic[]): BuildResult {
  return {ok: false, diagnostics: sortDiagnostics(diagnostics), releases: 0, written: 0}
}

