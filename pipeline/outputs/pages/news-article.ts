import {siteLanguages} from '../../config/languages.ts'
import {absoluteUrl} from '../../config/urls.ts'
import type {RenderedRelease} from '../../render/render-release.ts'
import type {SiteModel} from '../site-model.ts'
import {structuredDataImages} from './share-image.ts'

/** schema.org NewsArticle for one release-language, every URL absolute. */
export function newsArticle(model: SiteModel, article: RenderedRelease): Record<string, unknown> {
  const t = model.translators[article.locale]
  const logo = model.media[model.config.logo]
  const url = absoluteUrl(model.config, article.path)
  const images = structuredDataImages(model, article).map((image) => ({
    '@type': 'ImageObject',
    url: image.url,
    width: image.width,
    height: image.height
  }))
  const agency = {'@type': 'Organization', name: t('site.name'), url: absoluteUrl(model.config, model.paths.home(article.locale))}
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
    // No person signs an agency release: the agency itself is its author.
    author: article.author ? {'@type': 'Person', name: article.author} : agency,
    // The ratios search engines ask for; a lone image (one without crops) as it was.
    ...(images.length > 0 ? {image: images.length === 1 ? images[0] : images} : {}),
    ...(article.dateline ? {locationCreated: {'@type': 'Place', name: article.dateline}} : {}),
    ...(article.tags.length > 0 ? {keywords: article.tags.map((tag) => tag.name).join(', ')} : {}),
    publisher: {
      ...agency,
      logo: {'@type': 'ImageObject', url: absoluteUrl(model.config, model.config.logo), ...(logo ? {width: logo.width, height: logo.height} : {})}
    }
  }
}
