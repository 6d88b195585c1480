import {siteLanguages} from '../../config/languages.ts'
import type {Locale} from '../../config/locales.ts'
import type {ImageSettings} from '../../config/image-renditions.ts'
import {imageRenditions} from '../../render/picture.ts'
import type {RenderedImage, RenderedRelease} from '../../render/render-release.ts'
import {listedIn, localesOf, type SiteModel} from '../site-model.ts'

/** One article as Pagefind indexes it (its `CustomRecord`), made from what the build rendered. */
export interface SearchRecord {
  readonly url: string
  readonly content: string
  readonly language: string
  readonly meta: Readonly<Record<string, string>>
  readonly filters: Readonly<Record<string, string[]>>
  readonly sort: Readonly<Record<string, string>>
}

/**
 * The records of every published article page, locale by locale, newest first. Only the
 * model's listed releases reach here, the published set every page is made of (see
 * validate/select-public.ts), so drafts, embargoed and withdrawn releases are never indexed.
 */
export function searchRecords(model: SiteModel): SearchRecord[] {
  return localesOf(model).flatMap((locale) => listedIn(model, locale).map((release) => recordOf(model, locale, release)))
}

/** `text`: what is indexed after the title and summary, the body's text unless told otherwise. */
export function recordOf(model: SiteModel, locale: Locale, release: RenderedRelease, text = release.bodyText): SearchRecord {
  const thumbnail = release.image ? thumbnailOf(release.image, model.config.images) : undefined
  return {
    url: release.path,
    // Title and summary first: Pagefind weighs no field, so they lead the text it excerpts.
    content: [release.title, release.summary, text].join('\n'),
    // Each locale is its own index (Uzbek in either script; Russian with its stemmer), named as the page's lang in lower case, which is how Pagefind picks one.
    language: siteLanguages(model.config).get(locale).tag.toLowerCase(),
    meta: {
      title: release.title,
      summary: release.summary,
      date: release.published.dateText,
      ...(thumbnail
        ? {
            image: thumbnail.src,
            ...(thumbnail.width && thumbnail.height ? {image_width: String(thumbnail.width), image_height: String(thumbnail.height)} : {})
          }
        : {})
    },
    // No year: the search page's year filter chooses that year's bundles instead of filtering.
    filters: {tag: tagNames(model, locale, release)},
    // In UTC, so the text sorts as the instants do whatever offset each date was written with.
    sort: {date: new Date(release.published.iso).toISOString()}
  }
}

/** A release's tags as the locale names them: what the search page's tag filter offers. */
function tagNames(model: SiteModel, locale: Locale, release: RenderedRelease): string[] {
  const t = model.translators[locale]
  return release.tags.map((tag) => t(`tags.${tag.id}`))
}

/** How many of a locale's searchable articles each tag and each year has, for the search page's filters. */
export function filterCounts(model: SiteModel, locale: Locale): {tag: Record<string, number>; year: Record<string, number>} {
  const counts = {tag: {} as Record<string, number>, year: {} as Record<string, number>}
  const add = (counted: Record<string, number>, value: string) => (counted[value] = (counted[value] ?? 0) + 1)
  for (const release of listedIn(model, locale)) {
    for (const tag of tagNames(model, locale, release)) add(counts.tag, tag)
    add(counts.year, release.year)
  }
  return counts
}

/** The lead image as a result shows it: its narrowest rendition in the source's own format, which every browser shows, or the file itself. */
function thumbnailOf(image: RenderedImage, settings: ImageSettings): {src: string; width?: number | undefined; height?: number | undefined} {
  const renditions = imageRenditions(image, settings)
  const narrowest = renditions.find((rendition) => rendition.format === renditions.at(-1)?.format)
  return narrowest
    ? {src: narrowest.path, width: narrowest.width, height: narrowest.height}
    : {src: image.src, width: image.width, height: image.height}
}
