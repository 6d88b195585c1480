import type {Element} from 'hast'
import {h} from 'hastscript'
import type {Locale} from '../../config/locales.ts'
import type {RenderedRelease} from '../../render/render-release.ts'
import {picture} from '../../render/picture.ts'
import type {SiteModel} from '../site-model.ts'
import {timeElement} from './time-element.ts'

/** Split a newest-first list into pages of the configured size; an empty list is one empty page. */
export function paginate<T>(items: readonly T[], size: number): T[][] {
  const pages: T[][] = []
  for (let start = 0; start < items.length; start += size) pages.push(items.slice(start, start + size))
  return pages.length > 0 ? pages : [[]]
}

/** Thumbnail, title, date and summary of each release, as home and tag pages list them. */
export function releaseList(model: SiteModel, locale: Locale, releases: readonly RenderedRelease[]): Element {
  const t = model.translators[locale]
  if (releases.length === 0) return h('p', t('home.empty'))
  return h(
    'ol',
    {className: ['release-list']},
    releases.map((release) =>
      h('li', [
        h('article', [
          thumbnail(model, release),
          h('h2', h('a', {href: release.path}, release.title)),
          h('p', {className: ['release-meta']}, [release.dateline ? `${release.dateline}, ` : '', timeElement(release.published, 'dateText')]),
          h('p', release.summary)
        ])
      ])
    )
  )
}

/** The lead image, small; its alt is empty because the headline beside it already names the story. */
function thumbnail(model: SiteModel, release: RenderedRelease): Element | undefined {
  const image = release.image
  if (!image) return undefined
  // As wide as .release-thumbnail in site.css.
  return picture(image, model.config.images, {alt: '', sizes: '7.5rem', className: ['release-thumbnail']})
}

/** Newer / older links and "page x of y"; nothing when there is one page. */
export function pagination(model: SiteModel, locale: Locale, page: number, pages: number, pathOf: (page: number) => string): Element | undefined {
  if (pages <= 1) return undefined
  const t = model.translators[locale]
  return h('nav', {className: ['pagination'], ariaLabel: t('pagination.label')}, [
    page > 1 ? h('a', {href: pathOf(page - 1), rel: 'prev'}, t('pagination.newer')) : undefined,
    h('span', t('pagination.status', {page, pages})),
    page < pages ? h('a', {href: pathOf(page + 1), rel: 'next'}, t('pagination.older')) : undefined
  ])
}
