import {h} from 'hastscript'
import {siteLanguages} from '../../config/languages.ts'
import {fileForPath} from '../../config/urls.ts'
import type {OutputFile} from '../output-file.ts'
import type {SiteModel} from '../site-model.ts'
import {renderDocument} from './document.ts'

/** The site root: a language chooser, each language named and described in itself. */
export function* rootPage(model: SiteModel): Iterable<OutputFile> {
  const languages = siteLanguages(model.config)
  const locale = languages.default.code
  const t = model.translators[locale]
  const path = model.paths.root()
  const main = [
    h('h1', t('root.title')),
    h(
      'ul',
      {className: ['language-chooser']},
      languages.all.map((language) =>
        h('li', {lang: language.tag}, [
          h('a', {href: model.paths.home(language.code), hrefLang: language.tag}, language.label),
          h('p', model.translators[language.code]('site.description'))
        ])
      )
    )
  ]
  yield {
    path: fileForPath(path),
    render: () => renderDocument({model, locale, path, title: t('root.title'), description: t('site.description'), languages: [], main})
  }
}
