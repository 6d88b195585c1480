import {h} from 'hastscript'
import {siteLanguages} from '../../config/languages.ts'
import type {Locale} from '../../config/locales.ts'
import {fileForPath} from '../../config/urls.ts'
import type {OutputFile} from '../output-file.ts'
import {outputKey} from '../output-key.ts'
import {renderDocument} from '../pages/document.ts'
import type {SiteModel} from '../site-model.ts'
import {searchForm} from './search-form.ts'
import {filterCounts} from './search-records.ts'
import {pageShards} from './search-shards.ts'

/** A search page per locale: the form, the results the script fills in, and what to do without JavaScript. */
export function* searchPages(model: SiteModel): Iterable<OutputFile> {
  if (!model.config.search) return
  const languages = siteLanguages(model.config).all.map((language) => ({language, path: model.paths.search(language.code)}))
  for (const {language, path} of languages) {
    const locale = language.code
    const t = model.translators[locale]
    const shards = JSON.stringify(pageShards(model, locale))
    const filters = JSON.stringify(filterCounts(model, locale))
    yield {
      path: fileForPath(path),
      key: outputKey(model, locale, 'search-page', shards, filters),
      render: () =>
        renderDocument({
          model,
          locale,
          path,
          title: t('search.title'),
          description: t('search.label'),
          languages,
          head: [h('script', {type: 'module', src: model.paths.searchScript()})],
          main: [
            h('h1', t('search.title')),
            searchForm(model, locale, 'page'),
            h('noscript', h('p', [t('search.noScript'), ' ', h('a', {href: model.paths.home(locale)}, t('search.browse'))])),
            h(
              'div',
              {
                id: 'search-results',
                hidden: true,
                // The bundles, newest first: the script loads the newest and merges older ones as the reader needs them, so results stay newest first.
                dataShards: shards,
                // The filters' values and how many articles each has, known here, so the page fetches no bundle to show them.
                dataFilters: filters,
                dataPageSize: model.config.pageSize,
                dataUzbekLatin: locale === 'uz' ? '' : undefined,
                dataStrings: JSON.stringify(clientStrings(model, locale))
              },
              [
                h('div', {className: ['search-filters']}),
                h('p', {className: ['search-status'], role: 'status'}),
                h('ol', {className: ['search-list']}),
                h('button', {type: 'button', className: ['search-more'], hidden: true}, t('search.more'))
              ]
            )
          ]
        })
    }
  }
}

/** The strings the script shows, "N results" once per plural category of the language, as i18next has them. */
function clientStrings(model: SiteModel, locale: Locale) {
  const t = model.translators[locale]
  const {intl} = siteLanguages(model.config).get(locale)
  const categories = new Intl.PluralRules(intl).resolvedOptions().pluralCategories
  return {
    searching: t('search.searching'),
    noResults: t('search.noResults', {query: '{{query}}'}),
    results: Object.fromEntries(categories.map((category) => [category, t(`search.results_${category}`, {count: '{{count}}'})])),
    resultsSince: Object.fromEntries(
      categories.map((category) => [category, t(`search.resultsSince_${category}`, {count: '{{count}}', date: '{{date}}'})])
    ),
    filters: {tag: t('search.tags'), year: t('search.years')}
  }
}
