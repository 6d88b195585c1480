import type {CorpusLocale} from './locales.ts'
import type {MediaFile, ReleasePlan} from './plan.ts'
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
}
