import {x} from 'xastscript'
import {siteLanguages} from '../../config/languages.ts'
import {absoluteUrl, fileForPath} from '../../config/urls.ts'
import type {RenderedRelease} from '../../render/render-release.ts'
import type {OutputFile} from '../output-file.ts'
import type {SiteModel} from '../site-model.ts'
import {sitemapDocument} from './sitemap-xml.ts'

/** Google News takes articles published in the last two days, at most 1,000 of them. */
export const newsWindowMs = 48 * 60 * 60 * 1000
const newsLimit = 1000

/**
 * `/news-sitemap.xml`: the recent articles, judged against the build's clock. An embargoed
 * article goes out when its embargo lifts, so that is its publication date here.
 */
export function* newsSitemap(model: SiteModel): Iterable<OutputFile> {
  const now = model.now.getTime()
  const recent = model.releases
    .flatMap((release) => Object.values(release.translations))
    .filter((article) => !article.withdrawn)
    .map((article) => ({article, published: publishedAt(article)}))
    .filter(({published}) => Date.parse(published) <= now && now - Date.parse(published) <= newsWindowMs)
    .slice(0, newsLimit)
  yield {
    path: fileForPath(model.paths.newsSitemap()),
    render: () =>
      sitemapDocument(
        'urlset',
        {xmlns: 'http://www.sitemaps.org/schemas/sitemap/0.9', 'xmlns:news': 'http://www.google.com/schemas/sitemap-news/0.9'},
        recent.map(({article, published}) =>
          x('url', {}, [
            x('loc', {}, [absoluteUrl(model.config, article.path)]),
            x('news:news', {}, [
              x('news:publication', {}, [
                x('news:name', {}, [model.translators[article.locale]('site.name')]),
                // Google News wants the ISO 639 language code, not the script.
                x('news:language', {}, [new Intl.Locale(siteLanguages(model.config).get(article.locale).tag).language])
              ]),
              x('news:publication_date', {}, [published]),
              x('news:title', {}, [article.title])
            ])
          ])
        )
      )
  }
}

function publishedAt(article: RenderedRelease): string {
  return article.embargo !== undefined && Date.parse(article.embargo) > Date.parse(article.published.iso) ? article.embargo : article.published.iso
}
