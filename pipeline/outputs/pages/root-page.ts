import {h} from 'hastscript'
import {fileForPath} from '../../config/urls.ts'
import type {OutputFile} from '../output-file.ts'
import type {SiteModel} from '../site-model.ts'
import {renderDocument} from './document.ts'

/** The site root: a language chooser, each language named and described in itself. */
export function* rootPage(model: SiteModel): Iterable<OutputFile> {
  const locale = model.config.defaultLocale
  const t = model.translators[locale]
  const path = model.paths.root()
  const main = [
    h('h1', t('root.title')),
    h(
      'ul',
      {className: ['language-chooser']},
      model.config.locales.map((settings) =>
        h('li', {lang: settings.tag}, [
          h('a', {href: model.paths.home(settings.code), hrefLang: settings.tag}, settings.label),
          h('p', model.translators[settings.code]('site.description'))
        ])
      )
    )
  ]
  yield {path: fileForPath(path), render: () => renderDocument({model, locale, path, title: t('root.title'), description: t('site.description'), languages: [], main})}
}
