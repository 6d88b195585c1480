import {h} from 'hastscript'
import {siteLanguages, type Language} from '../../config/languages.ts'
import type {Locale} from '../../config/locales.ts'
import {listedIn, localesOf, tagsIn, type SiteModel} from '../site-model.ts'
import type {OutputFile} from '../output-file.ts'
import {outputKey} from '../output-key.ts'
import {fileForPath} from '../../config/urls.ts'
import {renderDocument, type LanguageLink} from './document.ts'
import {paginate, pagination, releaseList} from './release-list.ts'

/** Each locale's home: its listed releases newest first, paginated. */
export function* homePages(model: SiteModel): Iterable<OutputFile> {
  const languages = siteLanguages(model.config).all
  const lists = languages.map((l) => ({language: l, pages: paginate(listedIn(model, l.code), model.config.pageSize).length}))
  for (const language of languages) {
    const locale = language.code
    const t = model.translators[locale]
    const pages = paginate(listedIn(model, locale), model.config.pageSize)
    for (const [index, releases] of pages.entries()) {
      const page = index + 1
      const path = model.paths.home(locale, page)
      const title = page === 1 ? t('home.title') : `${t('home.title')} — ${t('pagination.status', {page, pages: pages.length})}`
      const {alternates, switcher} = laterPageLanguages(lists, page, (code, p) => model.paths.home(code, p))
      const render = () =>
        renderDocument({
          model,
          locale,
          path,
          title,
          description: t('site.description'),
          languages: alternates,
          switcher,
          main: [
            h('h1', title),
            releaseList(model, locale, releases),
            pagination(model, locale, page, pages.length, (p) => model.paths.home(locale, p))
          ].filter((n) => n !== undefined)
        })
      yield {
        path: fileForPath(path),
        key: outputKey(
          model,
          locale,
          'home',
          page,
          pages.length,
          ...releases.map((r) => r.key),
          ...alternates.map((l) => l.path),
          '|',
          ...switcher.map((l) => l.path)
        ),
        render
      }
    }
  }
}

/** A page per tag per locale, listing the releases that carry it. */
export function* tagPages(model: SiteModel): Iterable<OutputFile> {
  for (const language of siteLanguages(model.config).all) {
    const locale = language.code
    const t = model.translators[locale]
    for (const [id, tagged] of tagsIn(model, locale)) {
      const name = t(`tags.${id}`)
      const pages = paginate(tagged, model.config.pageSize)
      const lists = siteLanguages(model.config).all.flatMap((l) => {
        const others = tagsIn(model, l.code).get(id)
        return others ? [{language: l, pages: paginate(others, model.config.pageSize).length}] : []
      })
      for (const [index, list] of pages.entries()) {
        const page = index + 1
        const path = model.paths.tag(locale, id, page)
        const title = t('tag.title', {tag: name})
        const {alternates, switcher} = laterPageLanguages(lists, page, (code, p) => model.paths.tag(code, id, p))
        yield {
          path: fileForPath(path),
          key: outputKey(
            model,
            locale,
            'tag',
            id,
            page,
            pages.length,
            tagged.length,
            ...list.map((r) => r.key),
            ...alternates.map((l) => l.path),
            '|',
            ...switcher.map((l) => l.path)
          ),
          render: () =>
            renderDocument({
              model,
              locale,
              path,
              title,
              description: `${title}: ${t('tag.count', {count: tagged.length})}`,
              languages: alternates,
              switcher,
              main: [
                h('h1', title),
                h('p', t('tag.count', {count: tagged.length})),
                releaseList(model, locale, list),
                pagination(model, locale, page, pages.length, (p) => model.paths.tag(locale, id, p))
              ].filter((n) => n !== undefined)
            })
        }
      }
    }
  }
}

/**
 * The languages of page n of a list: each language that has a page n is its alternate there;
 * one with fewer pages is still offered by the switcher, at its first page.
 */
function laterPageLanguages(
  lists: readonly {readonly language: Language; readonly pages: number}[],
  page: number,
  pathOf: (code: Locale, page: number) => string
): {alternates: LanguageLink[]; switcher: LanguageLink[]} {
  const alternates = lists.filter((l) => l.pages >= page).map(({language}) => ({language, path: pathOf(language.code, page)}))
  const switcher = lists.map(({language, pages}) => ({language, path: pathOf(language.code, pages >= page ? page : 1)}))
  return {alternates, switcher}
}

/** The locales that have the tag, each with its first page. */
export function tagLanguages(model: SiteModel, id: string): LanguageLink[] {
  return siteLanguages(model.config).all.flatMap((l) => (tagsIn(model, l.code).has(id) ? [{language: l, path: model.paths.tag(l.code, id)}] : []))
}

/** A "not found" page per locale, and one at the root in the default language, for the server to send with status 404. */
export function* notFoundPages(model: SiteModel): Iterable<OutputFile> {
  const pages = [
    ...localesOf(model).map((locale) => ({locale, path: model.paths.notFound(locale)})),
    // Hosts look for /404.html at the root; it is the default language's.
    {locale: siteLanguages(model.config).default.code, path: model.paths.rootNotFound()}
  ]
  for (const {locale, path} of pages) {
    const t = model.translators[locale]
    yield {
      path: fileForPath(path),
      render: () =>
        renderDocument({
          model,
          locale,
          path,
          title: t('notFound.title'),
          description: t('notFound.text'),
          languages: siteLanguages(model.config).all.map((l) => ({language: l, path: model.paths.notFound(l.code)})),
          canonical: false,
          main: [h('h1', t('notFound.title')), h('p', t('notFound.text')), h('p', h('a', {href: model.paths.home(locale)}, t('notFound.back')))]
        })
    }
  }
}
