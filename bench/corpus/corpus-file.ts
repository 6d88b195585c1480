import type {CorpusLocale} from './locales.ts'
import {raw} from './front-matter.ts'
import {isoDate, type MediaFile, type ReleasePlan} from './plan.ts'
import type {LocalizedRelease} from './render-text.ts'

/** One file of a generated corpus, its path relative to the corpus folder. */
export interface CorpusFile {
  readonly path: string
  readonly content: string | Uint8Array
}

/** What each generator's shape gets to write one release in one language. */
export interface ReleaseInput {
  readonly plan: ReleasePlan
  readonly locale: CorpusLocale
  readonly text: LocalizedRelease
  readonly media: readonly MediaFile[]
  /** The release's own image, when the corpus gives each one (default: one of `media`, as the plan drew it). */
  readonly ownImage?: MediaFile | undefined
}

/** The front-matter fields all three shapes write alike; each adds its own way of tagging. */
export function releaseFields({plan, text, media, ownImage}: ReleaseInput) {
  const image = ownImage ?? media[plan.image.media]!
  return {
    title: text.title,
    date: raw(isoDate(plan.date)),
    summary: text.summary,
    dateline: text.dateline,
    author: text.author,
    image: {src: `/media/${image.name}`, alt: text.imageAlt, width: image.width, height: image.height}
  }
}
