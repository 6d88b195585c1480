import {corpusLocales} from './locales.ts'
import type {Random} from './prng.ts'
import type {Block, Clause, LocalDateTime, MediaFile, ReleasePlan, Sentence} from './plan.ts'
import {renderBlock, clauseTitle} from './render-text.ts'
import * as words from './vocabulary.ts'

/** About how long a release body is, in words (the mean of its three languages). */
const targetWords = 600
/** The corpus spans these ten years, so months hold many releases and folders stay realistic. */
const firstDay = Date.UTC(2016, 0, 1)
const days = 3653

/**
 * Plan `count` releases: dates ascending with the index, then titles and slugs, then bodies whose
 * links can point at any planned release (so every link leads to a page that exists).
 */
export function planReleases(count: number, media: readonly MediaFile[], random: Random): ReleasePlan[] {
  const heads = Array.from({length: count}, (_, index) => {
    const title = clause(random, {connector: false})
    return {index, title, date: dateOf(index, count, random), slug: slugOf(title, index)}
  })
  return heads.map((head) => ({...head, ...detailsOf(head.index, count, media, random)}))
}

/**
 * One release more than a planned corpus of `count`, as an editor adds it: dated `date` (newer
 * than the corpus's own), its slug ending in `index + 1`, its links pointing only at the corpus.
 */
export function planExtraRelease(index: number, date: LocalDateTime, count: number, media: readonly MediaFile[], random: Random): ReleasePlan {
  const title = clause(random, {connector: false})
  // As if it were release `count` of `count + 1`: every link then picks one of the corpus's releases.
  return {index, title, date, slug: slugOf(title, index), ...detailsOf(count, count + 1, media, random)}
}

/** Everything after the title, date and slug, drawn in one fixed order (the corpus's bytes depend on it). */
function detailsOf(index: number, count: number, media: readonly MediaFile[], random: Random) {
  return {
    tags: random.sample(words.tagIds, random.int(1, 3)),
    dateline: random.int(0, words.datelines.length - 1),
    author: random.int(0, words.authors.length - 1),
    image: {media: random.int(0, media.length - 1), alt: random.int(0, words.imageAlts.length - 1)},
    summary: [clause(random, {connector: false}), clause(random)],
    body: bodyOf(index, count, media, random)
  }
}

function dateOf(index: number, count: number, random: Random): LocalDateTime {
  // Each release gets its own slice of the span, so dates never fall as the index rises; the hour
  // and minute are wall-clock time in Tashkent.
  const day = Math.floor(((index + random.next()) * days) / count)
  const at = new Date(firstDay + day * 86_400_000)
  return {year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, day: at.getUTCDate(), hour: random.int(8, 19), minute: random.pick([0, 15, 30, 45])}
}

const skipped = new Set(['the', 'a', 'of', 'for', 'and', 'on', 'in', 'to'])

/** From the English title: its first content words, then the index, which keeps slugs unique. */
function slugOf(title: Clause, index: number): string {
  const parts = clauseTitle(title, 'en')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '' && !skipped.has(word))
  return [...parts.slice(0, 6), String(index + 1)].join('-')
}

function clause(random: Random, options: {connector?: boolean; linkTo?: number} = {}): Clause {
  return {
    kind: 'clause',
    ...(options.connector !== false && random.chance(0.3) ? {connector: random.int(0, words.connectors.length - 1)} : {}),
    subject: random.int(0, words.subjects.length - 1),
    verb: random.int(0, words.verbs.length - 1),
    object: random.int(0, words.objects.length - 1),
    circumstance: random.int(0, words.circumstances.length - 1),
    ...(options.linkTo === undefined ? {} : {linkTo: options.linkTo})
  }
}

/** Another release to link to, or none in a corpus of one. */
function otherRelease(index: number, count: number, random: Random): number | undefined {
  if (count < 2) return undefined
  const other = random.int(0, count - 2)
  return other >= index ? other + 1 : other
}

function sentences(random: Random, size: number, linkTo?: number): Sentence[] {
  const linked = linkTo === undefined ? -1 : random.int(0, size - 1)
  return Array.from({length: size}, (_, i) => clause(random, i === linked ? {linkTo} : {}))
}

function paragraph(random: Random, size: number, linkTo?: number): Block {
  return {kind: 'paragraph', sentences: sentences(random, size, linkTo)}
}

function indices(random: Random, list: readonly unknown[], count: number): number[] {
  return random.sample(
    list.map((_, i) => i),
    count
  )
}

/**
 * The shape of a press release: a lead, sections under `##` headings, a bulleted and a numbered
 * list, an inline image, a block quote, a sentence with raw `<abbr>`, then more paragraphs until
 * the body reaches about 600 words.
 */
function bodyOf(index: number, count: number, media: readonly MediaFile[], random: Random): Block[] {
  const headings = indices(random, words.headings, words.headings.length)
  const nextHeading = (): Block => ({kind: 'heading', heading: headings.shift() ?? 0})
  const abbreviation: Sentence = {
    kind: 'abbreviation',
    template: random.int(0, words.abbreviationSentences.length - 1),
    abbreviation: random.int(0, words.abbreviations.length - 1)
  }
  const blocks: Block[] = [
    paragraph(random, 3, otherRelease(index, count, random)),
    nextHeading(),
    paragraph(random, 4),
    {kind: 'bullets', items: indices(random, words.listItems, random.int(3, 5))},
    {kind: 'paragraph', sentences: [...sentences(random, 3), abbreviation]},
    {kind: 'image', media: random.int(0, media.length - 1), alt: random.int(0, words.imageAlts.length - 1)},
    nextHeading(),
    paragraph(random, 4, otherRelease(index, count, random)),
    {kind: 'steps', items: indices(random, words.steps, random.int(3, 5))},
    {kind: 'quote', sentences: [clause(random, {connector: false}), clause(random)], speaker: random.int(0, words.speakers.length - 1)},
    nextHeading()
  ]
  // Russian and Uzbek say the same in fewer words than English: aim at their mean.
  const wordCount = (block: Block) =>
    corpusLocales.reduce(
      (sum, locale) =>
        sum +
        renderBlock(block, locale, () => '/')
          .split(/\s+/)
          .filter(Boolean).length,
      0
    ) / corpusLocales.length
  let total = blocks.reduce((sum, block) => sum + wordCount(block), 0)
  let sinceHeading = 0
  while (total < targetWords) {
    if (sinceHeading === 3) {
      blocks.push(nextHeading())
      sinceHeading = 0
    }
    const next = paragraph(random, random.int(3, 5), random.chance(0.3) ? otherRelease(index, count, random) : undefined)
    blocks.push(next)
    total += wordCount(next)
    sinceHeading++
  }
  return blocks
}
