import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {fixtureConfigWithCyrillic, release, repoRoot, tinyPng} from '../support/site-fixture.ts'
import {encodePng} from './png.ts'

/**
 * A small site as plain data: what the random operations change, and what is written to disk
 * from it. Every state this module accepts is a valid site, so every build of it succeeds.
 */

export const sourceLocales = ['en', 'ru', 'uz'] as const
export type SourceLocale = (typeof sourceLocales)[number]
/** The locales with a file of UI strings: uz-Cyrl is generated from uz, but its strings are its own. */
export const uiLocales = ['en', 'ru', 'uz', 'uz-Cyrl'] as const
export type UiLocale = (typeof uiLocales)[number]

export interface Translation {
  readonly title: string
  readonly summary: string
  readonly body: string
  readonly tags: readonly string[]
  readonly image?: {readonly src: string; readonly alt: string; readonly caption?: string}
  /** Never before the release's date (see `withValidUpdated`). */
  readonly updated?: string
  readonly draft?: boolean
  readonly embargo?: string
  /** Each never before the release's date, like `updated`. */
  readonly corrections?: readonly {readonly date: string; readonly note: string}[]
  readonly withdrawn?: {readonly date: string; readonly reason: string}
}

export interface ReleaseState {
  /** ISO 8601 in Tashkent time (+05:00, no daylight saving), so its first 7 characters name the folder. */
  readonly date: string
  readonly translations: Readonly<Partial<Record<SourceLocale, Translation>>>
}

/** A PNG under content/media/, as what makes its bytes. */
export interface MediaState {
  readonly width: number
  readonly height: number
  readonly rgb: readonly [number, number, number]
}

export interface SiteState {
  readonly releases: Readonly<Record<string, ReleaseState>>
  /** File name under content/media/ to its image. */
  readonly media: Readonly<Record<string, MediaState>>
  /** `<locale>:<key>` to a variant of that UI string; 0 or absent is the project's own text. */
  readonly strings: Readonly<Record<string, number>>
  /** Entries of the dictionary's `words` set (a spelling) or removed (`null`). */
  readonly words: Readonly<Record<string, string | null>>
  readonly pageSize: number
  readonly feedSize: number
  /** The build clock, in ms: it only goes forward. */
  readonly clock: number
}

/** What the written files start from: the project's own UI strings and dictionary. */
export interface SiteBase {
  readonly strings: Readonly<Record<UiLocale, Record<string, unknown>>>
  readonly dictionary: Readonly<{words: Record<string, string>} & Record<string, unknown>>
}

export async function loadSiteBase(): Promise<SiteBase> {
  const read = async (name: string) => JSON.parse(await readFile(join(repoRoot, 'locales', name), 'utf8')) as Record<string, unknown>
  const strings = Object.fromEntries(await Promise.all(uiLocales.map(async (locale) => [locale, await read(`${locale}.json`)]))) as Record<
    UiLocale,
    Record<string, unknown>
  >
  return {strings, dictionary: (await read('uz-Cyrl.dictionary.json')) as SiteBase['dictionary']}
}

const hourMs = 60 * 60 * 1000
const tashkentOffsetMs = 5 * hourMs

/** A moment as the ISO date-time editors write, in Tashkent time, to the minute. */
export function tashkentIso(ms: number): string {
  return `${new Date(ms + tashkentOffsetMs).toISOString().slice(0, 16)}:00+05:00`
}

/** The source file of one release-language: its folder is its date's month in Tashkent. */
export function sourcePath(slug: string, date: string, locale: SourceLocale): string {
  return `content/${date.slice(0, 4)}/${date.slice(5, 7)}/${slug}.${locale}.md`
}

/** The site path of a release-language's page, as bodies link to it. */
export function releaseUrl(slug: string, date: string, locale: SourceLocale): string {
  return `/${locale}/${date.slice(0, 4)}/${date.slice(5, 7)}/${slug}/`
}

/** `updated`, corrections and the withdrawal may not be before `date`: a move to a later date drops them, as an editor would. */
export function withValidUpdated(translation: Translation, date: string): Translation {
  const valid = (at: string | undefined) => at === undefined || Date.parse(at) >= Date.parse(date)
  const {updated, corrections, withdrawn, ...rest} = translation
  const kept = corrections?.filter((correction) => valid(correction.date)) ?? []
  return {
    ...rest,
    ...(updated !== undefined && valid(updated) ? {updated} : {}),
    ...(kept.length > 0 ? {corrections: kept} : {}),
    ...(withdrawn !== undefined && valid(withdrawn.date) ? {withdrawn} : {})
  }
}

/** The UI strings an operation may change: each one shows on pages, feeds or partner copies. */
export const changeableStrings = [
  'footer.copyright',
  'home.title',
  'site.name',
  'site.description',
  'article.alsoIn',
  'article.published',
  'article.draft',
  'tag.title',
  'tags.economy',
  'tags.culture',
  'notFound.title',
  'root.title',
  'pagination.older',
  'footnotes.label',
  'syndication.attribution'
] as const

/** A variant of a UI string: the original with a marker appended, so placeholders survive. */
function stringVariant(original: string, variant: number): string {
  return variant === 0 ? original : `${original} (${'ⅠⅡⅢ'[variant - 1]})`
}

function withString(tree: Record<string, unknown>, key: string, variant: number): void {
  const [group, name] = key.split('.') as [string, string]
  const section = tree[group] as Record<string, string>
  section[name] = stringVariant(section[name]!, variant)
}

/** Every file of the site, by path from the site root. */
export function siteFiles(site: SiteState, base: SiteBase): Map<string, string | Uint8Array> {
  const files = new Map<string, string | Uint8Array>()
  // With search, so that every edit also checks the search index's shards, each made again only when its year changed.
  const config = fixtureConfigWithCyrillic.replace('pageSize: 2\n', `pageSize: ${site.pageSize}\nfeedSize: ${site.feedSize}\nsearch: true\n`)
  if (config === fixtureConfigWithCyrillic) throw new Error('the fixture config no longer has "pageSize: 2": update siteFiles')
  files.set('site.yaml', config)

  for (const locale of uiLocales) {
    const tree = structuredClone(base.strings[locale])
    for (const [id, variant] of Object.entries(site.strings)) {
      const [of, key] = id.split(':') as [string, string]
      if (of === locale) withString(tree, key, variant)
    }
    files.set(`locales/${locale}.json`, `${JSON.stringify(tree, null, 2)}\n`)
  }
  const words: Record<string, string> = {...base.dictionary.words}
  for (const [word, spelling] of Object.entries(site.words)) {
    if (spelling === null) delete words[word]
    else words[word] = spelling
  }
  files.set('locales/uz-Cyrl.dictionary.json', `${JSON.stringify({...base.dictionary, words}, null, 2)}\n`)

  files.set('content/media/logo.png', tinyPng)
  for (const [name, image] of Object.entries(site.media)) files.set(`content/media/${name}`, encodePng(image.width, image.height, image.rgb))

  for (const [slug, state] of Object.entries(site.releases)) {
    for (const locale of sourceLocales) {
      const translation = state.translations[locale]
      if (translation) files.set(sourcePath(slug, state.date, locale), releaseFile(state.date, translation))
    }
  }
  return files
}

function releaseFile(date: string, t: Translation): string {
  return release(
    {
      title: t.title,
      date,
      summary: t.summary,
      ...(t.updated === undefined ? {} : {updated: t.updated}),
      ...(t.tags.length === 0 ? {} : {tags: t.tags}),
      ...(t.image === undefined ? {} : {image: t.image}),
      ...(t.draft === undefined ? {} : {draft: t.draft}),
      ...(t.embargo === undefined ? {} : {embargo: t.embargo}),
      ...(t.corrections === undefined ? {} : {corrections: t.corrections}),
      ...(t.withdrawn === undefined ? {} : {withdrawn: t.withdrawn})
    },
    t.body
  )
}
