import {shareCardOf} from '../../config/image-renditions.ts'
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

/** The release's own image, else the site's default one (`defaultImage` in site.yaml), else none; as its 1.91:1 share card where it has one. */
export function shareImage(model: SiteModel, article: RenderedRelease): ShareImage | undefined {
  if (article.image) {
    const {src, alt, width, height, type} = article.image
    const card = width === undefined || height === undefined ? undefined : shareCardOf(src, {width, height, ...(type ? {type} : {})})
    if (card) return {url: absoluteUrl(model.config, card.path), alt, width: card.width, height: card.height}
    return {url: absoluteUrl(model.config, src), alt, ...(width === undefined || height === undefined ? {} : {width, height})}
  }
  const fallback = model.config.defaultImage
  if (fallback === undefined) return undefined
  const facts = model.media[fallback]
  const card = facts ? shareCardOf(fallback, facts) : undefined
  if (card) return {url: absoluteUrl(model.config, card.path), width: card.width, height: card.height}
  return {url: absoluteUrl(model.config, fallback), ...(facts ? {width: facts.width, height: facts.height} : {})}
}
