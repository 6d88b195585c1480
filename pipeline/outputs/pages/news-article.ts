import {siteLanguages} from '../../config/languages.ts'
import {absoluteUrl} from '../../config/urls.ts'
import type {RenderedRelease} from '../../render/render-release.ts'
import type {SiteModel} from '../site-model.ts'

/** schema.org NewsArticle for one release-language, every URL absolute. */
export function newsArticle(model: SiteModel, article: RenderedRelease): Record<string, unknown> {
  const t = model.translators[article.locale]
  const logo = model.media[model.config.logo]
  const url = absoluteUrl(model.config, article.path)
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.summary,
    datePublished: article.published.iso,
    dateModified: (article.updated ?? article.published).iso,
    inLanguage: siteLanguages(model.config).get(article.locale).tag,
    mainEntityOfPage: {'@type': 'WebPage', '@id': url},
    url,
    author: article.author ? {'@type': 'Person', name: article.author} : {'@type': 'Organization', name: t('site.name')},
    ...(article.image
      ? {image: {'@type': 'ImageObject', url: absoluteUrl(model.config, article.image.src), width: article.image.width, height: article.image.height}}
      : {}),
    ...(article.dateline ? {locationCreated: {'@type': 'Place', name: article.dateline}} : {}),
    ...(article.tags.length > 0 ? {keywords: article.tags.map((tag) => tag.name).join(', ')} : {}),
    publisher: {
      '@type': 'Organization',
      name: t('site.name'),
      logo: {'@type': 'ImageObject', url: absoluteUrl(model.config, model.config.logo), ...(logo ? {width: logo.width, height: logo.height} : {})}
    }
  }
}
