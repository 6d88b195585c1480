import {h} from 'hastscript'
import {siteLanguages} from '../../config/languages.ts'
import {localesOf, releasesIn, tagsIn, type SiteModel} from '../site-model.ts'
import type {OutputFile} from '../output-file.ts'
import {outputKey} from '../output-key.ts'
import {fileForPath} from '../../config/urls.ts'
import {renderDocument, type LanguageLink} from './document.ts'
import {paginate, pagination, releaseList} from './release-list.ts'

/** Each locale's home: its releases newest first, paginated. */
export function* homePages(model: SiteModel): Iterable<OutputFile> {
  const languages = siteLanguages(model.config).all
  for (const language of languages) {
    const locale = language.code
    const t = model.translators[locale]
    const pages = paginate(releasesIn(model, locale), model.config.pageSize)
    for (const [index, releases] of pages.entries()) {
      const page = index + 1
      const path = model.paths.home(locale, page)
      const title = page === 1 ? t('home.title') : `${t('home.title')} — ${t('pagination.status', {page, pages: pages.length})}`
      const render = () =>
        renderDocument({
          model,
          locale,
          path,
          title,
          description: t('site.description'),
          // Page n of one language is not page n of another, so only the first pages are alternates.
          languages: page === 1 ? languages.map((l) => ({language: l, path: model.paths.home(l.code)})) : [{language, path}],
          main: [
            h('h1', title),
            releaseList(model, locale, releases),
            pagination(model, locale, page, pages.length, (p) => model.paths.home(locale, p))
          ].filter((n) => n !== undefined)
        })
      yield {path: fileForPath(path), key: outputKey(model, locale, 'home', page, pages.length, ...releases.map((r) => r.key)), render}
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
      for (const [index, list] of pages.entries()) {
        const page = index + 1
        const path = model.paths.tag(locale, id, page)
        const title = t('tag.title', {tag: name})
        const languages = page === 1 ? tagLanguages(model, id) : [{language, path}]
        yield {
          path: fileForPath(path),
          key: outputKey(model, locale, 'tag', id, page, pages.length, tagged.length, ...list.map((r) => r.key), ...languages.map((l) => l.path)),
          render: () =>
            renderDocument({
              model,
              locale,
              path,
              title,
              description: `${title}: ${t('tag.count', {count: tagged.length})}`,
              languages,
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

/** The locales that have the tag, each with its first page. */
export function tagLanguages(model: SiteModel, id: string): LanguageLink[] {
  return siteLanguages(model.config).all.flatMap((l) => (tagsIn(model, l.code).has(id) ? [{language: l, path: model.paths.tag(l.code, id)}] : []))
}

/** A "not found" page per locale, for the server to send with status 404. */
export function* notFoundPages(model: SiteModel): Iterable<OutputFile> {
  for (const locale of localesOf(model)) {
    const t = model.translators[locale]
    const path = model.paths.notFound(locale)
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
