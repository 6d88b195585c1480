import type {MediaIndex} from './load/media-index.ts'
import type {LocalizedDate} from './localize/format-date.ts'
import type {RenderedRelease} from './render/render-release.ts'
import type {SharedValues} from './shared-values.ts'
import type {FrontMatter} from './validate/front-matter-schema.ts'
import type {ReleaseDocument} from './validate/read-release-document.ts'

const documentStrings = ['file', 'slug', 'year', 'month'] as const
const frontMatterStrings = ['title', 'summary', 'dateline', 'author'] as const

/**
 * What a build keeps of each release-language while it makes the rest of the site, and the one
 * copy of what many of them hold alike. A render comes back from a thread or the store as fresh
 * strings and objects, though most of them equal something the build holds already: the loaded
 * document's front matter, the media index, the article page links were checked against, or
 * another release's tag list, date or empty list. Those are kept instead; at 4,000 releases the
 * copies, with the site links (checked as each release arrives, and not kept), were a fifth of the
 * main thread's heap.
 */
export class HeldFacts {
  readonly #media: MediaIndex
  /** Each media key, as the media index holds it. */
  readonly #mediaKeys: ReadonlyMap<string, string>
  readonly #shared: SharedValues

  /** `shared`: where the site's article paths were kept when its links were computed. */
  constructor(media: MediaIndex, shared: SharedValues) {
    this.#media = media
    this.#mediaKeys = new Map(Object.keys(media).map((key) => [key, key]))
    this.#shared = shared
  }

  of(release: RenderedRelease, document: ReleaseDocument | undefined): RenderedRelease {
    const shared = this.#shared
    const held: Record<string, unknown> = {
      ...release,
      path: shared.string(release.path),
      published: this.#date(release.published),
      siteLinks: noLinks,
      locale: shared.value(release.locale),
      readingTime: shared.string(release.readingTime),
      tags: shared.value(release.tags.map((tag) => shared.value(tag))),
      bodyImages: shared.value(release.bodyImages.map((key) => this.#mediaKey(key))),
      // Few bodies show pictures, few releases are corrected or have problems: most of these are empty.
      ...sharedIfEmpty(shared, release, ['bodyImagePlaces', 'corrections', 'problems'])
    }
    if (release.updated) held.updated = this.#date(release.updated)
    if (release.amp) held.amp = {...release.amp, extensions: shared.value(release.amp.extensions)}
    if (release.image) held.image = this.#image(release.image, document)
    if (document) {
      const fm = document.frontMatter
      for (const field of documentStrings) if (release[field] === document[field]) held[field] = document[field]
      for (const field of frontMatterStrings) if (release[field] !== undefined && release[field] === fm[field]) held[field] = fm[field]
    }
    return held as unknown as RenderedRelease
  }

  /** A release's languages share its instant; the releases of a day, the day's date in each language. */
  #date(date: LocalizedDate): LocalizedDate {
    return {...date, iso: this.#shared.string(date.iso), dateText: this.#shared.string(date.dateText)}
  }

  #image(image: NonNullable<RenderedRelease['image']>, document: ReleaseDocument | undefined): RenderedRelease['image'] {
    const fm = document?.frontMatter.image
    const info = this.#media[image.src]
    return {
      ...image,
      src: fm?.src === image.src ? fm.src : this.#mediaKey(image.src),
      ...(fm?.alt === image.alt ? {alt: fm.alt} : {}),
      ...(info && image.digest === info.digest ? {digest: info.digest, type: info.type} : {}),
      ...(image.place ? {place: this.#shared.value(image.place)} : {})
    }
  }

  /** The media index's own copy of a media key, when it has one. */
  #mediaKey(key: string): string {
    return this.#mediaKeys.get(key) ?? key
  }
}

/**
 * A loaded document as the build keeps it: `file`, the scanned file's own label (the same text),
 * and what its other languages and other files of the same layout hold alike, shared.
 */
export function heldDocument(document: ReleaseDocument, file: string, shared: SharedValues): ReleaseDocument {
  return {
    ...document,
    ...(document.file === file ? {file} : {}),
    slug: shared.string(document.slug),
    year: shared.string(document.year),
    month: shared.string(document.month),
    // Files written from one template place their fields alike: most layouts' positions are one object.
    positions: shared.value(Object.fromEntries(Object.entries(document.positions).map(([field, at]) => [field, shared.value(at)]))),
    frontMatter: heldFrontMatter(document.frontMatter, shared)
  }
}

/** Front matter with what its release's other languages hold alike shared: the date, the tags, the image's file. */
export function heldFrontMatter(fm: FrontMatter, shared: SharedValues): FrontMatter {
  return {
    ...fm,
    date: shared.string(fm.date),
    ...(fm.tags ? {tags: shared.value(fm.tags)} : {}),
    ...(fm.image ? {image: {...fm.image, src: shared.string(fm.image.src)}} : {})
  }
}

const noLinks: RenderedRelease['siteLinks'] = Object.freeze([])

function sharedIfEmpty<K extends keyof RenderedRelease>(
  shared: SharedValues,
  release: RenderedRelease,
  fields: readonly K[]
): Partial<Pick<RenderedRelease, K>> {
  const held: Partial<Pick<RenderedRelease, K>> = {}
  for (const field of fields) {
    const value = release[field] as object
    if (Object.keys(value).length === 0) held[field] = shared.value(value) as RenderedRelease[K]
  }
  return held
}
