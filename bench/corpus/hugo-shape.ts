import type {CorpusLocale} from './locales.ts'
import type {CorpusFile, ReleaseInput} from './corpus-file.ts'
import {frontMatter, raw} from './front-matter.ts'
import {folderOf, isoDate, type ReleasePlan} from './plan.ts'

/**
 * Hugo's shape: one content folder per language (`contentDir` in the config), the same relative
 * path in each, so Hugo pairs translations by path and publishes `/<locale>/<yyyy>/<mm>/<slug>/`.
 */
export function hugoPath(plan: ReleasePlan, locale: CorpusLocale): string {
  const {yyyy, mm} = folderOf(plan)
  return `hugo/content/${locale}/${yyyy}/${mm}/${plan.slug}.md`
}

export function hugoRelease({plan, locale, text, media}: ReleaseInput): CorpusFile {
  const image = media[plan.image.media]!
  const head = frontMatter({
    title: text.title,
    date: raw(isoDate(plan.date)),
    summary: text.summary,
    tags: plan.tags,
    translationKey: plan.slug,
    // Hugo keeps keys it does not know in .Params for the templates.
    dateline: text.dateline,
    author: text.author,
    image: {src: `/media/${image.name}`, alt: text.imageAlt, width: image.width, height: image.height}
  })
  return {path: hugoPath(plan, locale), content: `${head}\n${text.body}`}
}
