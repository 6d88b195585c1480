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

/** The release's own image, else the site's default one (`defaultImage` in site.yaml), else none. */
export function shareImage(model: SiteModel, article: RenderedRelease): ShareImage | undefined {
  if (article.image) {
    const {src, alt, width, height} = article.image
    return {url: absoluteUrl(model.config, src), alt, ...(width === undefined || height === undefined ? {} : {width, height})}
  }
  const fallback = model.config.defaultImage
  if (fallback === undefined) return undefined
  const facts = model.media[fallback]
  return {url: absoluteUrl(model.config, fallback), ...(facts ? {width: facts.width, height: facts.height} : {})}
}
