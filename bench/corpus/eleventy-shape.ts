import {corpusLanguageTags, type CorpusLocale} from './locales.ts'
import type {CorpusFile, ReleaseInput} from './corpus-file.ts'
import {frontMatter, raw} from './front-matter.ts'
import {folderOf, isoDate, type ReleasePlan} from './plan.ts'

/** Eleventy's shape: its default permalink of `<locale>/<yyyy>/<mm>/<slug>.md` is the release's URL. */
export function eleventyPath(plan: ReleasePlan, locale: CorpusLocale): string {
  const {yyyy, mm} = folderOf(plan)
  return `eleventy/${locale}/${yyyy}/${mm}/${plan.slug}.md`
}

export function eleventyRelease({plan, locale, text, media}: ReleaseInput): CorpusFile {
  const image = media[plan.image.media]!
  const head = frontMatter({
    title: text.title,
    date: raw(isoDate(plan.date)),
    summary: text.summary,
    dateline: text.dateline,
    author: text.author,
    // Not `tags`: Eleventy turns tags into collections, and the language's collection is the one
    // its feed reads (set for the whole folder in `<locale>/<locale>.11tydata.json`).
    topics: plan.tags,
    image: {src: `/media/${image.name}`, alt: text.imageAlt, width: image.width, height: image.height}
  })
  return {path: eleventyPath(plan, locale), content: `${head}\n${text.body}`}
}

/** Layout, language and collection of every release in a language's folder. */
export function eleventyLocaleData(locale: CorpusLocale): CorpusFile {
  const data = {lang: locale, langTag: corpusLanguageTags[locale], layout: 'article.njk', tags: [`release_${locale}`]}
  return {path: `eleventy/${locale}/${locale}.11tydata.json`, content: `${JSON.stringify(data, null, 2)}\n`}
}
