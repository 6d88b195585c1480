import type {MediaIndex} from './load/media-index.ts'
import type {RenderedRelease} from './render/render-release.ts'
import type {ReleaseDocument} from './validate/read-release-document.ts'

const documentStrings = ['file', 'slug', 'year', 'month'] as const
const frontMatterStrings = ['title', 'summary', 'dateline', 'author'] as const

/**
 * What a build keeps of each release-language while it makes the rest of the site, and the one
 * copy of what many of them hold alike. A render comes back from a thread or the store as fresh
 * strings and objects, though most of them equal something the build holds already: the loaded
 * document's front matter, the media index, or another release's tag list and reading time.
 * Those are kept instead; at 4,000 releases the copies, with the site links (checked as each
 * release arrives, and not kept), were a fifth of the main thread's heap.
 */
export class HeldFacts {
  readonly #media: MediaIndex
  /** Each media key, as the media index holds it. */
  readonly #mediaKeys: ReadonlyMap<string, string>
  /** Values with few distinct forms across a site, by their JSON. */
  readonly #common = new Map<string, unknown>()

  constructor(media: MediaIndex) {
    this.#media = media
    this.#mediaKeys = new Map(Object.keys(media).map((key) => [key, key]))
  }

  of(release: RenderedRelease, document: ReleaseDocument | undefined): RenderedRelease {
    const held: Record<string, unknown> = {
      ...release,
      siteLinks: [],
      locale: this.#shared(release.locale),
      readingTime: this.#shared(release.readingTime),
      tags: this.#shared(release.tags.map((tag) => this.#shared(tag))),
      bodyImages: release.bodyImages.map((key) => this.#mediaKey(key))
    }
    if (release.image) held.image = this.#image(release.image, document)
    if (document) {
      const fm = document.frontMatter
      for (const field of documentStrings) if (release[field] === document[field]) held[field] = document[field]
      for (const field of frontMatterStrings) if (release[field] !== undefined && release[field] === fm[field]) held[field] = fm[field]
    }
    return held as unknown as RenderedRelease
  }

  #image(image: NonNullable<RenderedRelease['image']>, document: ReleaseDocument | undefined): RenderedRelease['image'] {
    const fm = document?.frontMatter.image
    const info = this.#media[image.src]
    return {
      ...image,
      src: fm?.src === image.src ? fm.src : this.#mediaKey(image.src),
      ...(fm?.alt === image.alt ? {alt: fm.alt} : {}),
      ...(info && image.digest === info.digest ? {digest: info.digest, type: info.type} : {})
    }
  }

  /** The media index's own copy of a media key, when it has one. */
  #mediaKey(key: string): string {
    return this.#mediaKeys.get(key) ?? key
  }

  #shared<T>(value: T): T {
    const key = JSON.stringify(value)
    if (this.#common.has(key)) return this.#common.get(key) as T
    this.#common.set(key, value)
    return value
  }
}
