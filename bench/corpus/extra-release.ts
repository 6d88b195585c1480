import type {CorpusFile} from './corpus-file.ts'
import type {Corpus} from './generate.ts'
import {corpusLocales} from './locales.ts'
import {matbuotRelease, pagePath} from './matbuot-shape.ts'
import type {LocalDateTime, ReleasePlan} from './plan.ts'
import {planExtraRelease} from './plan-releases.ts'
import {createRandom} from './prng.ts'
import {localize} from './render-text.ts'

/**
 * The `nth` release added to a generated corpus (1, 2, …), in Matbuot's shape and all three
 * languages: dated `nth` days after the corpus's newest release, so it is the newest of all and
 * moves every home page, tag page, feed and sitemap it appears in. The same corpus and `nth`
 * always give the same files; different `nth`, different releases.
 */
export function extraRelease(corpus: Corpus, nth: number): {plan: ReleasePlan; files: CorpusFile[]} {
  const newest = corpus.plans.at(-1)
  if (!newest) throw new Error('Expected a corpus with at least one release to add one after')
  // Its own random source, apart from the corpus's, so adding never changes the corpus itself.
  const random = createRandom((corpus.seed * 7919 + nth) >>> 0)
  const plan = planExtraRelease(corpus.plans.length + nth - 1, daysAfter(newest.date, nth), corpus.plans.length, corpus.media, random)
  const linkPath = (index: number, locale: (typeof corpusLocales)[number]) => pagePath(corpus.plans[index]!, locale)
  const files = corpusLocales.map((locale) =>
    matbuotRelease({plan, locale, text: localize(plan, locale, linkPath, corpus.media), media: corpus.media})
  )
  return {plan, files}
}

/** Tashkent keeps +05:00 all year, so wall-clock arithmetic in UTC is exact. */
function daysAfter(date: LocalDateTime, days: number): LocalDateTime {
  const at = new Date(Date.UTC(date.year, date.month - 1, date.day + days, date.hour, date.minute))
  return {year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, day: at.getUTCDate(), hour: at.getUTCHours(), minute: at.getUTCMinutes()}
}
