import type {Element, Properties} from 'hast'
import {h} from 'hastscript'
import {renditionsOf, type ImageSettings, type Rendition} from '../config/image-renditions.ts'

/** What a picture is made from: a site path (escaped or not) and, when known, the file's size and type. */
export interface PictureImage {
  readonly src: string
  readonly width?: number | undefined
  readonly height?: number | undefined
  readonly type?: string | undefined
}

/** How wide an article's images are drawn: the text column (site.css), or the screen less its margins. */
export const columnSizes = '(min-width: 44rem) 42rem, calc(100vw - 2rem)'

export interface PictureOptions {
  readonly alt: string
  /** How wide the image is drawn, for the browser to pick a width before layout (a `sizes` value). */
  readonly sizes: string
  /** The page's lead image: fetched first and at once, every other one only as it nears the viewport. */
  readonly lead?: boolean
  readonly className?: readonly string[]
  /** Turns a site path into the URL written, e.g. an absolute one for copies read elsewhere (default: as it is). */
  readonly url?: (path: string) => string
  /** The `<img>`'s own attributes to keep, such as a title (default: none). */
  readonly properties?: Properties
}

/** The renditions of a rendered image, or none when its size or type is unknown or has none. */
export function imageRenditions(image: PictureImage, settings: ImageSettings): Rendition[] {
  const {width, height, type} = image
  return width === undefined || height === undefined || type === undefined ? [] : renditionsOf(image.src, {width, height, type}, settings)
}

/** `<picture>`: AVIF and WebP sources, then an `<img>` in the source's own format, always with its width and height. */
export function picture(image: PictureImage, settings: ImageSettings, options: PictureOptions): Element {
  const url = options.url ?? ((path: string) => path)
  const renditions = imageRenditions(image, settings)
  const formats = [...new Set(renditions.map((rendition) => rendition.format))]
  const fallback = renditions.filter((rendition) => rendition.format === formats.at(-1))
  const img = h('img', {
    ...options.properties,
    ...(options.className ? {className: [...options.className]} : {}),
    src: url(fallback.at(-1)?.path ?? image.src),
    ...(fallback.length > 0 ? {srcSet: srcsetOf(fallback, url), sizes: options.sizes} : {}),
    alt: options.alt,
    width: image.width,
    height: image.height,
    ...(options.lead ? {fetchpriority: 'high'} : {loading: 'lazy'}),
    decoding: 'async'
  })
  if (formats.length < 2) return img
  const sources = formats.slice(0, -1).map((format) =>
    h('source', {
      type: `image/${format}`,
      srcSet: srcsetOf(
        renditions.filter((rendition) => rendition.format === format),
        url
      ),
      sizes: options.sizes
    })
  )
  return h('picture', [...sources, img])
}

/** AMP's own image: one format (AMP caches convert it), the widths as a srcset, sized so the page does not shift. */
export function ampPicture(image: PictureImage, settings: ImageSettings, alt: string): Element {
  const renditions = imageRenditions(image, settings)
  const fallback = renditions.filter((rendition) => rendition.format === renditions.at(-1)?.format)
  return h('amp-img', {
    src: fallback.at(-1)?.path ?? image.src,
    ...(fallback.length > 0 ? {srcSet: srcsetOf(fallback, (path) => path)} : {}),
    alt,
    width: image.width,
    height: image.height,
    layout: 'responsive'
  })
}

function srcsetOf(renditions: readonly Rendition[], url: (path: string) => string): string {
  return renditions.map((rendition) => `${url(rendition.path)} ${rendition.width}w`).join(', ')
}
