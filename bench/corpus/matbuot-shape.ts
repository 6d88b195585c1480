import type {CorpusLocale} from './locales.ts'
import type {CorpusFile, ReleaseInput} from './corpus-file.ts'
import {frontMatter, raw} from './front-matter.ts'
import {folderOf, isoDate, type ReleasePlan} from './plan.ts'

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

export function matbuotRelease({plan, locale, text, media}: ReleaseInput): CorpusFile {
  const image = media[plan.image.media]!
  const head = frontMatter({
    title: text.title,
    date: raw(isoDate(plan.date)),
    summary: text.summary,
    dateline: text.dateline,
    author: text.author,
    tags: plan.tags,
    image: {src: `/media/${image.name}`, alt: text.imageAlt, width: image.width, height: image.height}
  })
  return {path: matbuotPath(plan, locale), content: `${head}\n${text.body}`}
}
