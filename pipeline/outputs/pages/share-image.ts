import {cropOf, structuredDataShapes, type CropShape, type FocalPoint, type ImageSize} from '../../config/image-renditions.ts'
import {absoluteUrl} from '../../config/urls.ts'
import type {RenderedRelease} from '../../render/render-release.ts'
import type {SiteModel} from '../site-model.ts'

/** The image a share card and structured data show for a release, its URL absolute. */
export interface ShareImage {
  readonly url: string
  readonly alt?: string
  readonly width?: number
  readonly height?: number
}

/** What cards are cut from: the release's own image, else the site's default one (`defaultImage` in site.yaml), else none. */
interface CardSource {
  readonly path: string
  readonly size?: ImageSize
  readonly alt?: string
  readonly focus?: FocalPoint
}

function cardSource(model: SiteModel, article: RenderedRelease): CardSource | undefined {
  if (article.image) {
    const {src, alt, width, height, type, focus} = article.image
    const size = width === undefined || height === undefined ? undefined : {width, height, ...(type ? {type} : {})}
    return {path: src, alt, ...(size ? {size} : {}), ...(focus ? {focus} : {})}
  }
  const fallback = model.config.defaultImage
  if (fallback === undefined) return undefined
  const facts = model.media[fallback]
  return {path: fallback, ...(facts ? {size: facts} : {})}
}

/** The source cut to a shape where it has renditions, else the file as it is. */
function cut(model: SiteModel, source: CardSource, shape: CropShape): ShareImage {
  const alt = source.alt === undefined ? {} : {alt: source.alt}
  const crop = source.size ? cropOf(source.path, source.size, shape, source.focus) : undefined
  if (crop) return {url: absoluteUrl(model.config, crop.path), ...alt, width: crop.width, height: crop.height}
  const size = source.size ? {width: source.size.width, height: source.size.height} : {}
  return {url: absoluteUrl(model.config, source.path), ...alt, ...size}
}

/** The 1.91:1 share card (og:image, twitter:image), centred on the image's focal point. */
export function shareImage(model: SiteModel, article: RenderedRelease): ShareImage | undefined {
  const source = cardSource(model, article)
  return source && cut(model, source, 'share')
}

/** The 16:9, 4:3 and 1:1 crops a NewsArticle shows; one image, as it is, for a type without renditions (GIF, SVG). */
export function structuredDataImages(model: SiteModel, article: RenderedRelease): ShareImage[] {
  const source = cardSource(model, article)
  if (!source) return []
  const crops = structuredDataShapes.map((shape) => cut(model, source, shape))
  return new Set(crops.map((crop) => crop.url)).size === 1 ? crops.slice(0, 1) : crops
}
