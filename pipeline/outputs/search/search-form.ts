import type {Element} from 'hast'
import {h} from 'hastscript'
import type {Locale} from '../../config/locales.ts'
import type {SiteModel} from '../site-model.ts'

/**
 * A plain GET form to the locale's search page, which reads its `q`: it works from every page,
 * and the page's script searches on arrival. `place` keeps the two forms of the search page apart.
 */
export function searchForm(model: SiteModel, locale: Locale, place: 'header' | 'page'): Element {
  const t = model.translators[locale]
  const id = `search-query-${place}`
  // Two search landmarks on the search page: each is named, so a screen reader tells them apart.
  const name = place === 'header' ? t('search.label') : t('search.title')
  return h(
    'form',
    {
      id: `search-form-${place}`,
      className: ['search-form', `search-form-${place}`],
      role: 'search',
      ariaLabel: name,
      action: model.paths.search(locale),
      method: 'get'
    },
    [
      h('label', {htmlFor: id, className: place === 'header' ? ['sr-only'] : undefined}, t('search.label')),
      h('input', {type: 'search', id, name: 'q', required: true}),
      h('button', {type: 'submit'}, t('search.submit'))
    ]
  )
}
