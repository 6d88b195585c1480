import {fileForPath} from '../../config/urls.ts'
import type {RenderedRelease} from '../../render/render-release.ts'
import type {OutputFile} from '../output-file.ts'
import {outputKey} from '../output-key.ts'
import type {SiteModel} from '../site-model.ts'
import {newsmlPictureItem, newsmlTextItem, type NewsmlStatus} from './newsml-items.ts'
import {newsmlPackage} from './newsml-package.ts'
import {editorNotes, releaseStatus} from './release-status.ts'

/** A release-language's status as NewsML-G2 writes it, by the rule every partner format shares. */
export function newsmlStatus(model: SiteModel, article: RenderedRelease): NewsmlStatus {
  const status = releaseStatus(article)
  return {
    version: status.version,
    versionCreated: status.versionCreated,
    pubStatus: `stat:${status.pubStatus}`,
    edNotes: editorNotes(model, article, status)
  }
}

/** Each release's NewsML-G2 items: a text item per language, a picture item per language with an image, and the package of them all. */
export function* newsmlFiles(model: SiteModel): Iterable<OutputFile> {
  for (const release of model.releases) {
    const languages = Object.values(release.translations).map((article) => ({article, status: newsmlStatus(model, article)}))
    const keys = languages.map(({article}) => article.key)
    for (const {article, status} of languages) {
      const others = languages.filter((other) => other.article !== article)
      yield {
        path: fileForPath(model.paths.newsml(article.locale, article)),
        // Its links name each translation's headline and version.
        key: outputKey(model, article.locale, 'newsml', ...keys, article.key),
        render: () => newsmlTextItem(model, article, status, others)
      }
      const {image} = article
      if (image)
        yield {
          path: fileForPath(model.paths.newsmlPicture(article.locale, article)),
          key: outputKey(model, article.locale, 'newsml-picture', article.key),
          render: () => newsmlPictureItem(model, article, image, status)
        }
    }
    const [first] = languages
    if (first)
      yield {
        path: fileForPath(model.paths.newsmlPackage(first.article)),
        key: outputKey(model, 'site', 'newsml-package', ...keys),
        render: () => newsmlPackage(model, languages)
      }
  }
}
