import {fileForPath} from '../config/urls.ts'
import type {OutputFile} from './output-file.ts'
import {outputKey} from './output-key.ts'
import {languagesOf, renderArticlePage} from './pages/article-page.ts'
import type {SiteModel} from './site-model.ts'

/** The canonical HTML page of every published release-language. */
export function* articlePages(model: SiteModel): Iterable<OutputFile> {
  for (const release of model.releases) {
    for (const article of Object.values(release.translations)) {
      yield {
        path: fileForPath(article.path),
        // The languages it links leave out its translations once they are withdrawn.
        key: outputKey(model, article.locale, 'html', article.key, ...languagesOf(model, release, article).map((l) => l.path)),
        render: () => renderArticlePage(model, release, article)
      }
    }
  }
}
