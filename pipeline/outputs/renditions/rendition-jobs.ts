import {join} from 'node:path'
import {renditionsOf} from '../../config/image-renditions.ts'
import type {RenderedImage} from '../../render/render-release.ts'
import type {SiteModel} from '../site-model.ts'
import type {RenditionJob} from './encode-renditions.ts'

/** The media index's key of a rendered image, whose src is the file's path with each segment escaped. */
export function mediaKeyOf(image: Pick<RenderedImage, 'src'>): string {
  return image.src.split('/').map(decodeURIComponent).join('/')
}

/** Each image a published page shows as a picture, once, with the renditions made of it. */
export function renditionJobsOf(model: SiteModel): RenditionJob[] {
  const jobs = new Map<string, RenditionJob>()
  for (const release of model.releases) {
    for (const article of Object.values(release.translations)) {
      if (!article.image) continue
      const source = mediaKeyOf(article.image)
      const info = model.media[source]
      if (!info || jobs.has(source)) continue
      const renditions = renditionsOf(source, info, model.config.images)
      if (renditions.length > 0)
        jobs.set(source, {
          source,
          file: join(model.contentDir, source),
          digest: info.digest,
          renditions,
          keepCopyright: model.config.images.keepCopyright
        })
    }
  }
  return [...jobs.values()].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0))
}
