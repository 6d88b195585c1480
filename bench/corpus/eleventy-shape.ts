import {corpusLanguageTags, type CorpusLocale} from './locales.ts'
import {releaseFields, type CorpusFile, type ReleaseInput} from './corpus-file.ts'
import {frontMatter} from './front-matter.ts'
import {folderOf, type ReleasePlan} from './plan.ts'

/** Eleventy's shape: its default permalink of `<locale>/<yyyy>/<mm>/<slug>.md` is the release's URL. */
export function eleventyPath(plan: ReleasePlan, locale: CorpusLocale): string {
  const {yyyy, mm} = folderOf(plan)
  return `eleventy/${locale}/${yyyy}/${mm}/${plan.slug}.md`
}

export function eleventyRelease(input: ReleaseInput): CorpusFile {
  // Not `tags`: Eleventy turns tags into collections, and the language's collection is the one
  // its feed reads (set for the whole folder in `<locale>/<locale>.11tydata.json`).
  const head = frontMatter({...releaseFields(input), topics: input.plan.tags})
  return {path: eleventyPath(input.plan, input.locale), content: `${head}\n${input.text.body}`}
}

/** Layout, language and collection of every release in a language's folder. */
export function eleventyLocaleData(locale: CorpusLocale): CorpusFile {
  const data = {lang: locale, langTag: corpusLanguageTags[locale], layout: 'article.njk', tags: [`release_${locale}`]}
  return {path: `eleventy/${locale}/${locale}.11tydata.json`, content: `${JSON.stringify(data, null, 2)}\n`}
}
