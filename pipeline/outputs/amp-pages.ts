import {fileForPath} from '../config/urls.ts'
import type {OutputFile} from './output-file.ts'
import {outputKey} from './output-key.ts'
import {renderAmpDocument} from './pages/amp-document.ts'
import {articleElement, languagesOf} from './pages/article-page.ts'
import {jsonLd} from './pages/document.ts'
import {newsArticle} from './pages/news-article.ts'
import type {SiteModel} from './site-model.ts'

/** The AMP page of every published release-language, when the site publishes AMP. */
export function* ampPages(model: SiteModel): Iterable<OutputFile> {
  for (const release of model.releases) {
    const languages = languagesOf(model, release)
    for (const article of Object.values(release.translations)) {
      const amp = article.amp
      if (!amp) continue
      const path = model.paths.amp(article.locale, article)
      yield {
        path: fileForPath(path),
        key: outputKey(model, article.locale, 'amp', article.key, ...languages.map((l) => l.path)),
        render: () =>
          renderAmpDocument({
            model,
            locale: article.locale,
            path,
            canonicalPath: article.path,
            title: article.title,
            description: article.summary,
            languages,
            extensions: amp.extensions,
            head: [jsonLd(newsArticle(model, article))],
            main: [articleElement(model, article, languages, 'amp')]
          })
      }
    }
  }
}
