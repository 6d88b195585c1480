import {fileForPath} from '../config/urls.ts'
import type {OutputFile} from './output-file.ts'
import {outputKey} from './output-key.ts'
import {renderArticlePage} from './pages/article-page.ts'
import type {SiteModel} from './site-model.ts'

/** The canonical HTML page of every published release-language. */
export function* articlePages(model: SiteModel): Iterable<OutputFile> {
  for (const release of model.releases) {
    for (const article of Object.values(release.translations)) {
      yield {
        path: fileForPath(article.path),
        key: outputKey(model, article.locale, 'html', article.key, ...Object.values(release.translations).map((t) => t.path)),
        render: () => renderArticlePage(model, release, article)
      }
    }
  }
}
