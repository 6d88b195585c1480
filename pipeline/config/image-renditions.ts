import type {SiteConfig} from './site-config.ts'

export type RenditionFormat = 'avif' | 'webp' | 'jpeg' | 'png'

/** One made version of an image: its site path, size and encoding. */
export interface Rendition {
  readonly path: string
  readonly width: number
  readonly height: number
  readonly format: RenditionFormat
  readonly type: `image/${RenditionFormat}`
  /** Cut to exactly this width and height (a share card or a structured-data ratio), rather than scaled to the width. */
  readonly crop?: Crop
}

/** A crop: which shape, and the part of the upright source it shows when that is not the centre (a focal point moved it). */
export interface Crop {
  readonly shape: CropShape
  readonly window?: CropWindow
}

/** A rectangle of the upright source, in its pixels. */
export interface CropWindow {
  readonly left: number
  readonly top: number
  readonly width: number
  readonly height: number
}

/** The point of an image every crop keeps in frame, as fractions of its width and height from the top left. */
export type FocalPoint = readonly [x: number, y: number]

/** What a rendition set is made from: the source's real size and type. */
export interface ImageSize {
  readonly width: number
  readonly height: number
  readonly type?: string
}

export type ImageSettings = SiteConfig['images']

/** Source types that get renditions, with the format their fallback keeps; others (GIF, SVG) are served as they are. */
const fallbackFormats: Readonly<Record<string, RenditionFormat>> = {'image/jpeg': 'jpeg', 'image/png': 'png', 'image/webp': 'webp'}

const extensions: Readonly<Record<RenditionFormat, string>> = {avif: 'avif', webp: 'webp', jpeg: 'jpg', png: 'png'}

/** The configured widths below the source's, then the source's own (or the widest configured) as the top: never upscaled. */
export function renditionWidths(sourceWidth: number, widths: readonly number[]): number[] {
  const top = Math.min(sourceWidth, Math.max(...widths))
  return [...new Set([...widths.filter((width) => width < top), top])].sort((a, b) => a - b)
}

/** Formats best first: AVIF, WebP, then the source's own for browsers that take neither. */
export function renditionFormats(type: string | undefined): RenditionFormat[] {
  const fallback = type === undefined ? undefined : fallbackFormats[type]
  return fallback === undefined ? [] : [...new Set<RenditionFormat>(['avif', 'webp', fallback])]
}

/**
 * Every rendition of an image at `path` (`/media/x.jpg`, escaped or not: the suffix added is
 * plain ASCII), grouped by format in the order of renditionFormats; empty for a type without any.
 */
export function renditionsOf(path: string, size: ImageSize, settings: ImageSettings): Rendition[] {
  const base = path.replace(/\.[^./]*$/, '')
  const widths = renditionWidths(size.width, settings.widths)
  return renditionFormats(size.type).flatMap((format) =>
    widths.map((width) => ({
      path: `${base}-${width}.${extensions[format]}`,
      width,
      height: Math.max(1, Math.round((size.height * width) / size.width)),
      format,
      type: `image/${format}` as const
    }))
  )
}

/**
 * The crops made of a lead or default image, each at most this size and never upscaled: the share
 * card (Open Graph's 1.91:1) and the three ratios search engines ask NewsArticle images in.
 */
export const cropShapes = {
  share: {width: 1200, height: 630, aspectRatio: '1.91:1'},
  '16x9': {width: 1200, height: 675, aspectRatio: '16:9'},
  '4x3': {width: 1200, height: 900, aspectRatio: '4:3'},
  '1x1': {width: 1200, height: 1200, aspectRatio: '1:1'}
} as const

export type CropShape = keyof typeof cropShapes

/** The ratios structured data shows, widest first. */
export const structuredDataShapes = ['16x9', '4x3', '1x1'] as const satisfies readonly CropShape[]

/**
 * A crop of an image: the largest part of it in the shape's ratio, drawn at most at the shape's
 * size, in the image's own format; centred on the focal point as far as the image's edges allow
 * (on the middle without one). None for a type without renditions.
 */
export function cropOf(path: string, size: ImageSize, shape: CropShape, focus?: FocalPoint): Rendition | undefined {
  const format = renditionFormats(size.type).at(-1)
  if (format === undefined) return undefined
  const target = cropShapes[shape]
  const scale = Math.min(1, size.width / target.width, size.height / target.height)
  const width = Math.max(1, Math.round(target.width * scale))
  const height = Math.max(1, Math.round(target.height * scale))
  const window = focus ? focusedWindow(size, target, focus) : undefined
  const where = window ? `-${window.left}-${window.top}` : ''
  const base = path.replace(/\.[^./]*$/, '')
  return {
    path: `${base}-${shape}${where}.${extensions[format]}`,
    width,
    height,
    format,
    type: `image/${format}`,
    crop: {shape, ...(window ? {window} : {})}
  }
}

/** The share card of an image: its 1.91:1 crop up to 1200×630. */
export function shareCardOf(path: string, size: ImageSize, focus?: FocalPoint): Rendition | undefined {
  return cropOf(path, size, 'share', focus)
}

/** Every crop of an image, the share card first; empty for a type without renditions. */
export function cropsOf(path: string, size: ImageSize, focus?: FocalPoint): Rendition[] {
  return (Object.keys(cropShapes) as CropShape[]).flatMap((shape) => cropOf(path, size, shape, focus) ?? [])
}

/** The window of the ratio's largest crop centred on the focal point, moved in from the edges; undefined when that is the centred one. */
function focusedWindow(size: ImageSize, target: {width: number; height: number}, [x, y]: FocalPoint): CropWindow | undefined {
  const ratio = target.width / target.height
  const width = size.width / size.height > ratio ? Math.max(1, Math.round(size.height * ratio)) : size.width
  const height = size.width / size.height > ratio ? size.height : Math.max(1, Math.round(size.width / ratio))
  const place = (point: number, extent: number, whole: number) => Math.min(Math.max(0, Math.round(point * whole - extent / 2)), whole - extent)
  const left = place(x, width, size.width)
  const top = place(y, height, size.height)
  if (left === Math.round((size.width - width) / 2) && top === Math.round((size.height - height) / 2)) return undefined
  return {left, top, width, height}
}
