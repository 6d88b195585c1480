import type {CorpusLocale} from './locales.ts'
import {releaseFields, type CorpusFile, type ReleaseInput} from './corpus-file.ts'
import {frontMatter} from './front-matter.ts'
import {folderOf, type ReleasePlan} from './plan.ts'

/**
 * Hugo's shape: one content folder per language (`contentDir` in the config), the same relative
 * path in each, so Hugo pairs translations by path and publishes `/<locale>/<yyyy>/<mm>/<slug>/`.
 */
export function hugoPath(plan: ReleasePlan, locale: CorpusLocale): string {
  const {yyyy, mm} = folderOf(plan)
  return `hugo/content/${locale}/${yyyy}/${mm}/${plan.slug}.md`
}

export function hugoRelease(input: ReleaseInput): CorpusFile {
  // Hugo keeps the keys it does not know (dateline, author, image) in .Params for the templates.
  const head = frontMatter({...releaseFields(input), tags: input.plan.tags, translationKey: input.plan.slug})
  return {path: hugoPath(input.plan, input.locale), content: `${head}\n${input.text.body}`}
}
