import type {CorpusLocale} from './locales.ts'
import {releaseFields, type CorpusFile, type ReleaseInput} from './corpus-file.ts'
import {frontMatter} from './front-matter.ts'
import {folderOf, type ReleasePlan} from './plan.ts'

/** Matbuot's own layout: `content/<yyyy>/<mm>/<slug>.<locale>.md` beside `site.yaml` and `locales/`. */
export function matbuotPath(plan: ReleasePlan, locale: CorpusLocale): string {
  const {yyyy, mm} = folderOf(plan)
  return `content/${yyyy}/${mm}/${plan.slug}.${locale}.md`
}

/** The page of a release, as Matbuot publishes it (and as the peers are set up to). */
export function pagePath(plan: ReleasePlan, locale: CorpusLocale): string {
  const {yyyy, mm} = folderOf(plan)
  return `/${locale}/${yyyy}/${mm}/${plan.slug}/`
}

export function matbuotRelease(input: ReleaseInput): CorpusFile {
  const head = frontMatter({...releaseFields(input), tags: input.plan.tags})
  return {path: matbuotPath(input.plan, input.locale), content: `${head}\n${input.text.body}`}
}
