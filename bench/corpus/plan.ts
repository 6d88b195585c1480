/**
 * A release planned once, in no language: which words, blocks, links and image it has. Every
 * locale and every site generator's shape is rendered from this same plan.
 */

/** Subject, verb, object and circumstance as indices into the vocabulary. */
export interface Clause {
  readonly kind: 'clause'
  readonly connector?: number
  readonly subject: number
  readonly verb: number
  readonly object: number
  readonly circumstance: number
  /** The object links to this release (its index), in the same locale. */
  readonly linkTo?: number
}

/** A sentence that names an organisation in raw inline HTML (`<abbr title>`). */
export interface AbbreviationSentence {
  readonly kind: 'abbreviation'
  readonly template: number
  readonly abbreviation: number
}

export type Sentence = Clause | AbbreviationSentence

export type Block =
  | {readonly kind: 'heading'; readonly heading: number}
  | {readonly kind: 'paragraph'; readonly sentences: readonly Sentence[]}
  | {readonly kind: 'bullets'; readonly items: readonly number[]}
  | {readonly kind: 'steps'; readonly items: readonly number[]}
  | {readonly kind: 'quote'; readonly sentences: readonly Clause[]; readonly speaker: number}
  | {readonly kind: 'image'; readonly media: number; readonly alt: number}

/** A wall-clock time in the site's time zone (Asia/Tashkent, +05:00 all year). */
export interface LocalDateTime {
  readonly year: number
  readonly month: number
  readonly day: number
  readonly hour: number
  readonly minute: number
}

export interface ReleasePlan {
  readonly index: number
  /** ASCII, lowercase, single hyphens; unique in the corpus. */
  readonly slug: string
  readonly date: LocalDateTime
  readonly tags: readonly string[]
  readonly dateline: number
  readonly author: number
  readonly image: {readonly media: number; readonly alt: number}
  readonly title: Clause
  readonly summary: readonly Clause[]
  readonly body: readonly Block[]
}

/** One image of the corpus, with the size read from its bytes. */
export interface MediaFile {
  readonly name: string
  readonly width: number
  readonly height: number
}

const pad = (n: number) => String(n).padStart(2, '0')

export function folderOf(plan: ReleasePlan): {yyyy: string; mm: string} {
  return {yyyy: String(plan.date.year), mm: pad(plan.date.month)}
}

/** ISO 8601 with the +05:00 offset, as editors write it. */
export function isoDate({year, month, day, hour, minute}: LocalDateTime): string {
  return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:00+05:00`
}
