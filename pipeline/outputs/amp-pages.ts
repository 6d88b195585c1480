import {fileForPath} from '../config/urls.ts'
import type {OutputFile} from './output-file.ts'
import {outputKey} from './output-key.ts'
import {renderAmpDocument} from './pages/amp-document.ts'
import {articleElement, languagesOf, noindex, withdrawnElement} from './pages/article-page.ts'
import {jsonLd} from './pages/document.ts'
import {newsArticle} from './pages/news-article.ts'
import {withdrawalText} from './pages/release-notices.ts'
import type {SiteModel} from './site-model.ts'

/** The AMP page of every published release-language, when the site publishes AMP. */
export function* ampPages(model: SiteModel): Iterable<OutputFile> {
  for (const release of model.releases) {
    for (const article of Object.values(release.translations)) {
      const amp = article.amp
      if (!amp) continue
      const languages = languagesOf(model, release, article)
      const path = model.paths.amp(article.locale, article)
      const page = {model, locale: article.locale, path, canonicalPath: article.path, languages}
      const t = model.translators[article.locale]
      const {withdrawn} = article
      yield {
        path: fileForPath(path),
        key: outputKey(model, article.locale, 'amp', article.key, ...languages.map((l) => l.path)),
        render: () =>
          withdrawn
            ? renderAmpDocument({
                ...page,
                title: t('withdrawn.title', {title: article.title}),
                description: withdrawalText(t, withdrawn),
                languages: [],
                switcher: languages,
                extensions: [],
                head: [noindex()],
                main: [withdrawnElement(model, {...article, withdrawn}, languages)]
              })
            : renderAmpDocument({
                ...page,
                title: article.title,
                description: article.summary,
                extensions: amp.extensions,
                head: [jsonLd(newsArticle(model, article))],
                main: [articleElement(model, article, languages, 'amp')]
              })
      }
    }
  }
}
