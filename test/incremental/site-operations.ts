import type {Random} from '../../bench/corpus/prng.ts'
import {
  changeableStrings,
  sourceLocales,
  sourcePath,
  tashkentIso,
  uiLocales,
  withValidUpdated,
  type MediaState,
  type ReleaseState,
  type SiteState,
  type SourceLocale,
  type Translation,
  type UiLocale
} from './site-state.ts'
import {body, dictionaryWords, imageAlt, newSlug, summary, tagIds, title, words} from './site-text.ts'

/**
 * One edit of the site, as data: fully decided when generated, so a list of them can be printed,
 * replayed and shrunk. Applying one to a state it no longer fits (shrinking removed what it
 * edits) skips it, so every replayed list still describes valid sites.
 */
export type Operation =
  | {readonly kind: 'edit-body'; readonly slug: string; readonly locale: SourceLocale; readonly body: string}
  | {
      readonly kind: 'edit-text'
      readonly slug: string
      readonly locale: SourceLocale
      readonly field: 'title' | 'summary'
      readonly value: string
      readonly updated?: string
    }
  | {readonly kind: 'add-release'; readonly slug: string; readonly release: ReleaseState}
  | {readonly kind: 'delete-release'; readonly slug: string}
  | {readonly kind: 'move-release'; readonly slug: string; readonly date: string}
  | {readonly kind: 'rename-slug'; readonly slug: string; readonly to: string}
  | {readonly kind: 'set-draft'; readonly slug: string; readonly locale: SourceLocale; readonly draft: boolean | null}
  | {readonly kind: 'add-embargo'; readonly slug: string; readonly locales: readonly SourceLocale[]; readonly embargo: string}
  | {readonly kind: 'advance-clock'; readonly to: number; readonly why: 'step' | 'tick' | 'embargo lifts' | 'news window edge'}
  | {readonly kind: 'add-translation'; readonly slug: string; readonly locale: SourceLocale; readonly translation: Translation}
  | {readonly kind: 'remove-translation'; readonly slug: string; readonly locale: SourceLocale}
  | {
      readonly kind: 'add-image'
      readonly file: string
      readonly image: MediaState
      readonly use?: {readonly slug: string; readonly locale: SourceLocale; readonly as: 'front-matter' | 'markdown'; readonly alt: string}
    }
  | {readonly kind: 'set-string'; readonly locale: UiLocale; readonly key: (typeof changeableStrings)[number]; readonly variant: number}
  | {readonly kind: 'set-sizes'; readonly pageSize: number; readonly feedSize: number}
  | {readonly kind: 'set-word'; readonly word: string; readonly spelling: string | null}
  | {readonly kind: 'add-correction'; readonly slug: string; readonly locale: SourceLocale; readonly date: string; readonly note: string}
  /** Withdraw some languages of a release, or publish them again (`withdrawn: null`). */
  | {
      readonly kind: 'set-withdrawn'
      readonly slug: string
      readonly locales: readonly SourceLocale[]
      readonly withdrawn: {readonly date: string; readonly reason: string} | null
    }
  /** An editor's save that changes nothing but the file's time. */
  | {readonly kind: 'resave'; readonly slug: string; readonly locale: SourceLocale}

export type OperationKind = Operation['kind']

/** What applying an operation did: the new state, and the files to move rather than rewrite. */
export interface Applied {
  readonly site: SiteState
  /** Source files moved as `git mv` does: same bytes, same inode, same time. */
  readonly renames: readonly (readonly [from: string, to: string])[]
  /** Files to write again even though their bytes are the same. */
  readonly touched: readonly string[]
}

const minuteMs = 60 * 1000
const hourMs = 60 * minuteMs
const dayMs = 24 * hourMs
/** The news sitemap's window: the operations jump the clock to its edges on purpose. */
const newsWindowMs = 48 * hourMs
const maxReleases = 8
const minReleases = 4

/** The site every sequence starts from: six releases, mostly in all three languages, linking to each other. */
export function initialSite(random: Random): SiteState {
  const clock = Date.parse('2024-06-10T12:00:00+05:00')
  const media: Record<string, MediaState> = {}
  for (let i = 1; i <= 3; i++) media[`photo-${i}.png`] = randomImage(random)
  let site: SiteState = {releases: {}, media, strings: {}, words: {}, pageSize: 2, feedSize: 4, clock}
  for (let i = 0; i < 6; i++) {
    const slug = newSlug(random, site)!
    site = {
      ...site,
      releases: {...site.releases, [slug]: newRelease(random, site, slug, tashkentIso(clock - random.int(0, 60 * 24 * 50) * minuteMs))}
    }
  }
  // Bodies again, now that every release exists to be linked to.
  const releases = Object.fromEntries(
    Object.entries(site.releases).map(([slug, release]) => [
      slug,
      {...release, translations: mapTranslations(release, (t, locale) => ({...t, body: body(random, locale, site, slug)}))}
    ])
  )
  return {...site, releases}
}

/** Choose a kind uniformly among those the site allows, then the details. */
export function generateOperation(random: Random, site: SiteState): Operation {
  const releases = Object.entries(site.releases)
  const translations = releases.flatMap(([slug, release]) =>
    sourceLocales.flatMap((locale) => (release.translations[locale] ? [{slug, locale, translation: release.translations[locale]}] : []))
  )
  const incomplete = releases.filter(([, release]) => sourceLocales.some((locale) => !release.translations[locale]))
  const removable = translations.filter(({slug}) => Object.keys(site.releases[slug]!.translations).length > 1)
  const freeSlug = newSlug(random, site)

  const makers: Partial<Record<OperationKind, () => Operation>> = {
    'advance-clock': () => advanceClock(random, site),
    'add-image': () => addImage(random, site, translations.length > 0 ? random.pick(translations) : undefined),
    'set-string': () => ({kind: 'set-string', locale: random.pick(uiLocales), key: random.pick(changeableStrings), variant: random.int(0, 2)}),
    'set-sizes': () => ({kind: 'set-sizes', pageSize: random.int(1, 4), feedSize: random.int(1, 6)}),
    'set-word': () => {
      const word = random.pick(Object.keys(dictionaryWords))
      const spelling = random.int(0, 2)
      return {kind: 'set-word', word, spelling: spelling === 2 ? null : dictionaryWords[word]![spelling]!}
    }
  }
  if (translations.length > 0) {
    const target = () => random.pick(translations)
    makers['edit-body'] = () => {
      const {slug, locale} = target()
      return {kind: 'edit-body', slug, locale, body: body(random, locale, site, slug)}
    }
    makers['edit-text'] = () => {
      const {slug, locale} = target()
      const field = random.pick(['title', 'summary'] as const)
      const value = field === 'title' ? title(random, locale) : summary(random, locale)
      const updated = random.chance(0.3) ? tashkentIso(Date.parse(site.releases[slug]!.date) + random.int(1, 72) * hourMs) : undefined
      return {kind: 'edit-text', slug, locale, field, value, ...(updated ? {updated} : {})}
    }
    makers['set-draft'] = () => {
      const {slug, locale, translation} = target()
      return {kind: 'set-draft', slug, locale, draft: translation.draft === true ? random.pick([false, null]) : true}
    }
    makers['add-embargo'] = () => {
      const {slug, locale} = target()
      const locales = random.chance(0.5) ? sourceLocales.filter((l) => site.releases[slug]!.translations[l]) : [locale]
      return {kind: 'add-embargo', slug, locales, embargo: tashkentIso(site.clock + random.int(30, 72 * 60) * minuteMs)}
    }
    makers['add-correction'] = () => {
      const {slug, locale} = target()
      const date = tashkentIso(Date.parse(site.releases[slug]!.date) + random.int(1, 72) * hourMs)
      return {kind: 'add-correction', slug, locale, date, note: `${words(random, locale, 3, 8)}.`}
    }
    makers['set-withdrawn'] = () => {
      const {slug, locale, translation} = target()
      const locales = random.chance(0.5) ? sourceLocales.filter((l) => site.releases[slug]!.translations[l]) : [locale]
      const date = tashkentIso(Date.parse(site.releases[slug]!.date) + random.int(1, 72) * hourMs)
      return {kind: 'set-withdrawn', slug, locales, withdrawn: translation.withdrawn ? null : {date, reason: `${words(random, locale, 2, 6)}.`}}
    }
    makers['resave'] = () => {
      const {slug, locale} = target()
      return {kind: 'resave', slug, locale}
    }
    makers['move-release'] = () => {
      const [slug, release] = random.pick(releases)
      return {kind: 'move-release', slug, date: otherMonth(random, release.date)}
    }
  }
  if (freeSlug && releases.length < maxReleases) {
    makers['add-release'] = () => {
      const recent = random.chance(0.7)
      const at = recent ? site.clock + random.int(-4 * 24 * 60, 24 * 60) * minuteMs : site.clock - random.int(5, 90) * dayMs
      return {kind: 'add-release', slug: freeSlug, release: newRelease(random, site, freeSlug, tashkentIso(at))}
    }
  }
  if (freeSlug && releases.length > 0) makers['rename-slug'] = () => ({kind: 'rename-slug', slug: random.pick(releases)[0], to: freeSlug})
  if (releases.length > minReleases) makers['delete-release'] = () => ({kind: 'delete-release', slug: random.pick(releases)[0]})
  if (incomplete.length > 0) {
    makers['add-translation'] = () => {
      const [slug, release] = random.pick(incomplete)
      const locale = random.pick(sourceLocales.filter((l) => !release.translations[l]))
      const tags = Object.values(release.translations)[0]?.tags ?? []
      return {kind: 'add-translation', slug, locale, translation: newTranslation(random, site, slug, locale, tags)}
    }
  }
  if (removable.length > 0) {
    makers['remove-translation'] = () => {
      const {slug, locale} = random.pick(removable)
      return {kind: 'remove-translation', slug, locale}
    }
  }
  const kinds = Object.keys(makers).sort() as OperationKind[]
  return makers[random.pick(kinds)]!()
}

/** The state after `operation`, or undefined when it no longer fits the state (see Operation). */
export function applyOperation(site: SiteState, operation: Operation): Applied | undefined {
  const done = (next: SiteState, renames: Applied['renames'] = [], touched: string[] = []): Applied => ({site: next, renames, touched})
  const withRelease = (slug: string, release: ReleaseState | undefined): SiteState => {
    const releases = {...site.releases}
    if (release) releases[slug] = release
    else delete releases[slug]
    return {...site, releases}
  }
  const editTranslation = (slug: string, locale: SourceLocale, edit: (t: Translation) => Translation | undefined): Applied | undefined => {
    const release = site.releases[slug]
    const translation = release?.translations[locale]
    if (!release || !translation) return undefined
    const translations = {...release.translations}
    const edited = edit(translation)
    if (edited) translations[locale] = withValidUpdated(edited, release.date)
    else delete translations[locale]
    if (Object.keys(translations).length === 0) return undefined
    return done(withRelease(slug, {...release, translations}))
  }

  switch (operation.kind) {
    case 'edit-body':
      return editTranslation(operation.slug, operation.locale, (t) => ({...t, body: operation.body}))
    case 'edit-text':
      return editTranslation(operation.slug, operation.locale, (t) => ({
        ...t,
        [operation.field]: operation.value,
        ...(operation.updated ? {updated: operation.updated} : {})
      }))
    case 'set-draft':
      return editTranslation(operation.slug, operation.locale, (t) => {
        const {draft: _old, ...rest} = t
        return operation.draft === null ? rest : {...rest, draft: operation.draft}
      })
    case 'add-embargo': {
      const release = site.releases[operation.slug]
      if (!release || !operation.locales.some((l) => release.translations[l])) return undefined
      const translations = mapTranslations(release, (t, locale) => (operation.locales.includes(locale) ? {...t, embargo: operation.embargo} : t))
      return done(withRelease(operation.slug, {...release, translations}))
    }
    case 'add-correction':
      return editTranslation(operation.slug, operation.locale, (t) => ({
        ...t,
        corrections: [...(t.corrections ?? []), {date: operation.date, note: operation.note}]
      }))
    case 'set-withdrawn': {
      const release = site.releases[operation.slug]
      if (!release || !operation.locales.some((l) => release.translations[l])) return undefined
      const {withdrawn} = operation
      const translations = mapTranslations(release, (t, locale) => {
        if (!operation.locales.includes(locale)) return t
        const {withdrawn: _old, ...rest} = t
        return withdrawn === null ? rest : withValidUpdated({...rest, withdrawn}, release.date)
      })
      return done(withRelease(operation.slug, {...release, translations}))
    }
    case 'resave': {
      const release = site.releases[operation.slug]
      if (!release?.translations[operation.locale]) return undefined
      return done(site, [], [sourcePath(operation.slug, release.date, operation.locale)])
    }
    case 'add-release':
      if (site.releases[operation.slug]) return undefined
      return done(withRelease(operation.slug, operation.release))
    case 'delete-release':
      if (!site.releases[operation.slug] || Object.keys(site.releases).length <= 1) return undefined
      return done(withRelease(operation.slug, undefined))
    case 'move-release': {
      const release = site.releases[operation.slug]
      if (!release) return undefined
      const moved = {date: operation.date, translations: mapTranslations(release, (t) => withValidUpdated(t, operation.date))}
      return done(withRelease(operation.slug, moved), renamesOf(operation.slug, release, operation.slug, moved))
    }
    case 'rename-slug': {
      const release = site.releases[operation.slug]
      if (!release || site.releases[operation.to]) return undefined
      const releases = {...site.releases, [operation.to]: release}
      delete releases[operation.slug]
      return done({...site, releases}, renamesOf(operation.slug, release, operation.to, release))
    }
    case 'add-translation': {
      const release = site.releases[operation.slug]
      if (!release || release.translations[operation.locale]) return undefined
      const translations = {...release.translations, [operation.locale]: withValidUpdated(operation.translation, release.date)}
      return done(withRelease(operation.slug, {...release, translations}))
    }
    case 'remove-translation':
      return editTranslation(operation.slug, operation.locale, () => undefined)
    case 'add-image': {
      const next = {...site, media: {...site.media, [operation.file]: operation.image}}
      const use = operation.use
      const release = use && next.releases[use.slug]
      const translation = use && release?.translations[use.locale]
      if (!use || !release || !translation) return done(next)
      const src = `/media/${operation.file}`
      const used: Translation =
        use.as === 'front-matter'
          ? {...translation, image: {src, alt: use.alt}}
          : {...translation, body: `${translation.body}\n\n![${use.alt}](${src})`}
      return done({...next, releases: {...next.releases, [use.slug]: {...release, translations: {...release.translations, [use.locale]: used}}}})
    }
    case 'set-string':
      return done({...site, strings: {...site.strings, [`${operation.locale}:${operation.key}`]: operation.variant}})
    case 'set-sizes':
      return done({...site, pageSize: operation.pageSize, feedSize: operation.feedSize})
    case 'set-word':
      return done({...site, words: {...site.words, [operation.word]: operation.spelling}})
    case 'advance-clock':
      // The clock only goes forward.
      if (operation.to <= site.clock) return undefined
      return done({...site, clock: operation.to})
  }
}

/** One line per operation, for failure reports. */
export function describeOperation(operation: Operation): string {
  switch (operation.kind) {
    case 'edit-body':
    case 'resave':
    case 'remove-translation':
    case 'add-translation':
      return `${operation.kind} ${operation.slug}.${operation.locale}`
    case 'edit-text':
      return `edit-text ${operation.slug}.${operation.locale} ${operation.field}${operation.updated ? ` (updated ${operation.updated})` : ''}`
    case 'set-draft':
      return `set-draft ${operation.slug}.${operation.locale} draft: ${operation.draft ?? '(removed)'}`
    case 'add-correction':
      return `add-correction ${operation.slug}.${operation.locale} dated ${operation.date}`
    case 'set-withdrawn':
      return `set-withdrawn ${operation.slug}.{${operation.locales.join(',')}} ${operation.withdrawn ? `on ${operation.withdrawn.date}` : '(removed)'}`
    case 'add-embargo':
      return `add-embargo ${operation.slug}.{${operation.locales.join(',')}} until ${operation.embargo}`
    case 'add-release':
      return `add-release ${operation.slug} ${operation.release.date} [${Object.keys(operation.release.translations).join(',')}]`
    case 'delete-release':
      return `delete-release ${operation.slug}`
    case 'move-release':
      return `move-release ${operation.slug} to ${operation.date}`
    case 'rename-slug':
      return `rename-slug ${operation.slug} to ${operation.to}`
    case 'add-image':
      return `add-image ${operation.file} ${operation.image.width}×${operation.image.height}${operation.use ? ` used by ${operation.use.slug}.${operation.use.locale} (${operation.use.as})` : ''}`
    case 'set-string':
      return `set-string ${operation.locale} ${operation.key} variant ${operation.variant}`
    case 'set-sizes':
      return `set-sizes pageSize ${operation.pageSize} feedSize ${operation.feedSize}`
    case 'set-word':
      return `set-word ${operation.word}: ${operation.spelling ?? '(removed)'}`
    case 'advance-clock':
      return `advance-clock to ${new Date(operation.to).toISOString()} (${operation.why})`
  }
}

function mapTranslations(release: ReleaseState, map: (t: Translation, locale: SourceLocale) => Translation): ReleaseState['translations'] {
  return Object.fromEntries(
    sourceLocales.flatMap((locale) => (release.translations[locale] ? [[locale, map(release.translations[locale], locale)]] : []))
  )
}

/** Each source file's move when a release changes folder or slug. */
function renamesOf(fromSlug: string, from: ReleaseState, toSlug: string, to: ReleaseState): [string, string][] {
  return sourceLocales.flatMap((locale) => {
    if (!from.translations[locale]) return []
    const [before, after] = [sourcePath(fromSlug, from.date, locale), sourcePath(toSlug, to.date, locale)]
    return before === after ? [] : [[before, after] as [string, string]]
  })
}

function newRelease(random: Random, site: SiteState, slug: string, date: string): ReleaseState {
  const tags = random.sample(tagIds, random.int(0, 2))
  const chosen = sourceLocales.filter(() => random.chance(0.85))
  const locales = chosen.length > 0 ? chosen : [random.pick(sourceLocales)]
  return {date, translations: Object.fromEntries(locales.map((locale) => [locale, newTranslation(random, site, slug, locale, tags)]))}
}

function newTranslation(random: Random, site: SiteState, slug: string, locale: SourceLocale, tags: readonly string[]): Translation {
  const media = Object.keys(site.media)
  const image =
    media.length > 0 && random.chance(0.4)
      ? {src: `/media/${random.pick(media)}`, alt: imageAlt(random, locale), ...(random.chance(0.3) ? {caption: words(random, locale, 2, 5)} : {})}
      : undefined
  return {title: title(random, locale), summary: summary(random, locale), body: body(random, locale, site, slug), tags, ...(image ? {image} : {})}
}

function randomImage(random: Random): MediaState {
  return {width: random.int(1, 48), height: random.int(1, 48), rgb: [random.int(0, 255), random.int(0, 255), random.int(0, 255)]}
}

function addImage(random: Random, site: SiteState, target: {slug: string; locale: SourceLocale} | undefined): Operation {
  const existing = Object.keys(site.media)
  // Now and then a new version of an image already there: same name, other size.
  const file = existing.length > 0 && random.chance(0.3) ? random.pick(existing) : `image-${existing.length + 1}.png`
  const use =
    target && random.chance(0.8)
      ? {slug: target.slug, locale: target.locale, as: random.pick(['front-matter', 'markdown'] as const), alt: imageAlt(random, target.locale)}
      : undefined
  return {kind: 'add-image', file, image: randomImage(random), ...(use ? {use} : {})}
}

/** A date one to three months away, at a random day and time: the release changes folder. */
function otherMonth(random: Random, date: string): string {
  const months = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + random.pick([-3, -2, -1, 1, 2, 3])
  const two = (n: number) => String(n).padStart(2, '0')
  return `${Math.floor(months / 12)}-${two((months % 12) + 1)}-${two(random.int(1, 28))}T${two(random.int(0, 23))}:${two(random.int(0, 59))}:00+05:00`
}

/**
 * Forward by a random step, by a millisecond, or exactly to the next moment the site changes
 * by itself: an embargo lifting, or a release entering or leaving the news sitemap's window.
 */
function advanceClock(random: Random, site: SiteState): Operation {
  const translations = Object.values(site.releases).flatMap((release) =>
    Object.values(release.translations).map((t) => ({date: release.date, embargo: t.embargo}))
  )
  const next = (moments: number[]) => moments.filter((m) => m > site.clock).sort((a, b) => a - b)[0]
  const embargoLifts = next(translations.flatMap((t) => (t.embargo ? [Date.parse(t.embargo)] : [])))
  const newsEdge = next(
    translations.flatMap((t) => {
      const published = Math.max(Date.parse(t.date), t.embargo ? Date.parse(t.embargo) : 0)
      return [published, published + newsWindowMs]
    })
  )
  const choices: Operation[] = [
    {kind: 'advance-clock', to: site.clock + random.int(1, 36 * 60) * minuteMs, why: 'step'},
    {kind: 'advance-clock', to: site.clock + 1, why: 'tick'},
    ...(embargoLifts ? [{kind: 'advance-clock', to: embargoLifts, why: 'embargo lifts'} as const] : []),
    ...(newsEdge ? [{kind: 'advance-clock', to: newsEdge, why: 'news window edge'} as const] : [])
  ]
  return random.pick(choices)
}
