import type {RenderedRelease} from '../../render/render-release.ts'
import type {SiteModel} from '../site-model.ts'

/** What a partner format says of where a release-language stands: one rule for ninjs, the partner index and NewsML-G2. */
export interface ReleaseStatus {
  /**
   * 1 as first published, one more for an `updated` the editor set, one per correction and one
   * for the withdrawal: every change partners must take in raises it, and nothing lowers it
   * while the front matter only grows.
   */
  readonly version: number
  /** When the current version was made: the withdrawal, else the latest of `updated` and the corrections, else the publication. */
  readonly versionCreated: string
  /** `canceled` once withdrawn: partners who took the item remove it. */
  readonly pubStatus: 'usable' | 'canceled'
  /** For the partners' editors: each correction, dated, oldest first, then the withdrawal and its reason. */
  readonly edNotes: readonly {readonly kind: 'correction' | 'withdrawal'; readonly date: string; readonly note: string}[]
}

export function releaseStatus(article: Pick<RenderedRelease, 'published' | 'updated' | 'revised' | 'corrections' | 'withdrawn'>): ReleaseStatus {
  const {withdrawn} = article
  const edited = article.updated ?? article.published
  const versionCreated = withdrawn && Date.parse(withdrawn.date.iso) >= Date.parse(edited.iso) ? withdrawn.date.iso : edited.iso
  return {
    version: 1 + (article.revised ? 1 : 0) + article.corrections.length + (withdrawn ? 1 : 0),
    versionCreated,
    pubStatus: withdrawn ? 'canceled' : 'usable',
    edNotes: [
      ...article.corrections.map((correction) => ({kind: 'correction' as const, date: correction.date.iso, note: correction.note})),
      ...(withdrawn ? [{kind: 'withdrawal' as const, date: withdrawn.date.iso, note: withdrawn.reason}] : [])
    ]
  }
}

/** The notes to partners' editors as lines in the item's language: each correction or the withdrawal, dated. */
export function editorNotes(model: Pick<SiteModel, 'translators'>, article: Pick<RenderedRelease, 'locale'>, status: ReleaseStatus): string[] {
  const t = model.translators[article.locale]
  const label = {correction: t('article.corrections', {count: 1}), withdrawal: t('withdrawn.on')}
  return status.edNotes.map((note) => `${label[note.kind]} ${note.date}: ${note.note}`)
}
