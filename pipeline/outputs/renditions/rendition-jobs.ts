import {join} from 'node:path'
import {renditionsOf, shareCardOf, type Rendition} from '../../config/image-renditions.ts'
import type {RenderedImage} from '../../render/render-release.ts'
import type {SiteModel} from '../site-model.ts'
import type {RenditionJob} from './encode-renditions.ts'

/** The media index's key of a rendered image, whose src is the file's path with each segment escaped. */
export function mediaKeyOf(image: Pick<RenderedImage, 'src'>): string {
  return image.src.split('/').map(decodeURIComponent).join('/')
}

/** Each image a published page shows, once, with the renditions made of it: its widths where it is a picture (lead or in the body), its share card where it is one. */
export function renditionJobsOf(model: SiteModel): RenditionJob[] {
  const jobs = new Map<string, Rendition[]>()
  const add = (source: string, renditions: readonly (Rendition | undefined)[]) => {
    const list = jobs.get(source) ?? []
    for (const rendition of renditions) if (rendition && !list.some((known) => known.path === rendition.path)) list.push(rendition)
    jobs.set(source, list)
  }
  for (const release of model.releases) {
    for (const article of Object.values(release.translations)) {
      for (const shown of article.bodyImages) {
        const facts = model.media[shown]
        if (facts) add(shown, renditionsOf(shown, facts, model.config.images))
      }
      const source = article.image ? mediaKeyOf(article.image) : model.config.defaultImage
      const info = source === undefined ? undefined : model.media[source]
      if (source === undefined || !info) continue
      add(source, [...(article.image ? renditionsOf(source, info, model.config.images) : []), shareCardOf(source, info)])
    }
  }
  return [...jobs]
    .filter(([, renditions]) => renditions.length > 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([source, renditions]) => ({
      source,
      file: join(model.contentDir, source),
      digest: model.media[source]!.digest,
      renditions,
      keepCopyright: model.config.images.keepCopyright
    }))
}
