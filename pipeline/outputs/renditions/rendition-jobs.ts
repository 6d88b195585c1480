import {join} from 'node:path'
import {cropsOf, renditionsOf, type FocalPoint, type ImageSettings, type ImageSize, type Rendition} from '../../config/image-renditions.ts'
import type {SiteConfig} from '../../config/site-config.ts'
import type {MediaIndex} from '../../load/media-index.ts'
import {mediaFileOf, type RenderedImage} from '../../render/render-release.ts'
import type {Release} from '../../validate/group-releases.ts'
import type {SiteModel} from '../site-model.ts'
import {noteSize, sizeIn, type RenditionJob, type RenditionSizes} from './encode-renditions.ts'

/** The media index's key of a rendered image, whose src is the file's path with each segment escaped. */
export function mediaKeyOf(image: Pick<RenderedImage, 'src'>): string {
  return image.src.split('/').map(decodeURIComponent).join('/')
}

/** What is made of a lead image: its widths in each format, then its crops around its focal point. */
function leadRenditions(path: string, size: ImageSize, settings: ImageSettings, focus: FocalPoint | undefined): Rendition[] {
  return [...renditionsOf(path, size, settings), ...cropsOf(path, size, focus)]
}

/** A rendered lead image's renditions with their files' sizes, URLs as its src has them; none when its size or digest is unknown. */
export function leadRenditionFiles(
  model: Pick<SiteModel, 'config' | 'renditionBytes'>,
  image: RenderedImage
): {readonly rendition: Rendition; readonly bytes: number}[] {
  const {width, height, type, digest} = image
  if (width === undefined || height === undefined || digest === undefined) return []
  const job = {digest, keepCopyright: model.config.images.keepCopyright}
  return leadRenditions(image.src, {width, height, ...(type ? {type} : {})}, model.config.images, image.focus).flatMap((rendition) => {
    const bytes = sizeIn(model.renditionBytes, job, rendition)
    return bytes === undefined ? [] : [{rendition, bytes}]
  })
}

/** What one release-language shows of the media: its lead image, with the point its crops keep, and its body's pictures. */
interface ShownImages {
  readonly lead?: {readonly key: string; readonly focus?: FocalPoint | undefined}
  readonly body: readonly string[]
}

type JobSite = Pick<SiteModel, 'media' | 'contentDir'> & {readonly config: Pick<SiteConfig, 'images' | 'defaultImage'>}

/**
 * The lead and default images of these releases as their front matter names them, known before
 * they are rendered: made first, so every file made as a release renders knows their sizes.
 */
export function leadImageJobs(site: JobSite, releases: readonly Release[]): RenditionJob[] {
  return jobsOf(
    site,
    releases.flatMap((release) =>
      Object.values(release.translations)
        .filter(({frontMatter}) => !frontMatter.withdrawn)
        .map(({frontMatter: {image}}) => (image ? {lead: {key: mediaFileOf(image.src, site.media), focus: image.focus}, body: []} : {body: []}))
    )
  )
}

/** Each image a published page shows (a withdrawn one shows none), once, with the renditions made of it: its widths where it is a picture (lead or in the body), its crops where it is a card. */
export function renditionJobsOf(model: SiteModel): RenditionJob[] {
  return jobsOf(
    model,
    model.releases.flatMap((release) =>
      Object.values(release.translations)
        // A withdrawn page is a notice: it shows no image at all.
        .filter((article) => !article.withdrawn)
        .map((article) => ({
          ...(article.image ? {lead: {key: mediaKeyOf(article.image), focus: article.image.focus}} : {}),
          body: article.bodyImages
        }))
    )
  )
}

/** Every rendition the models' pages use, with its size: what this build records and pruning the cache keeps for it. */
export function usedRenditionSizes(models: readonly SiteModel[]): RenditionSizes {
  const used: RenditionSizes = {}
  for (const model of models) {
    for (const job of renditionJobsOf(model)) {
      for (const rendition of job.renditions) {
        const bytes = sizeIn(model.renditionBytes, job, rendition)
        if (bytes !== undefined) noteSize(used, job, rendition, bytes)
      }
    }
  }
  return used
}

function jobsOf(site: JobSite, shown: readonly ShownImages[]): RenditionJob[] {
  const {media, config} = site
  const jobs = new Map<string, Rendition[]>()
  const add = (source: string, renditions: readonly Rendition[]) => {
    const list = jobs.get(source) ?? []
    for (const rendition of renditions) if (!list.some((known) => known.path === rendition.path)) list.push(rendition)
    jobs.set(source, list)
  }
  for (const {lead, body} of shown) {
    for (const key of body) {
      const facts = media[key]
      if (facts) add(key, renditionsOf(key, facts, config.images))
    }
    // A release without an image of its own is shown by the site's default one, in its cards only.
    const source = lead ? lead.key : config.defaultImage
    const facts = source === undefined ? undefined : media[source]
    if (source === undefined || !facts) continue
    add(source, lead ? leadRenditions(source, facts, config.images, lead.focus) : cropsOf(source, facts))
  }
  return [...jobs]
    .filter(([, renditions]) => renditions.length > 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([source, renditions]) => ({
      source,
      file: join(site.contentDir, source),
      digest: media[source]!.digest,
      renditions,
      keepCopyright: config.images.keepCopyright
    }))
}
