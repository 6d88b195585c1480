import type {SiteConfig} from './site-config.ts'

export type RenditionFormat = 'avif' | 'webp' | 'jpeg' | 'png'

/** One made version of an image: its site path, size and encoding. */
export interface Rendition {
  readonly path: string
  readonly width: number
  readonly height: number
  readonly format: RenditionFormat
  readonly type: `image/${RenditionFormat}`
  /** Cut to exactly this width and height (a share card), rather than scaled to the width. */
  readonly crop?: true
}

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

/** The size share cards are drawn at (Open Graph's 1.91:1), never more than the source gives. */
export const shareCardSize = {width: 1200, height: 630} as const

/** The share card of an image: the largest 1.91:1 crop of it up to 1200×630, in its own format; none for a type without renditions. */
export function shareCardOf(path: string, size: ImageSize): Rendition | undefined {
  const format = renditionFormats(size.type).at(-1)
  if (format === undefined) return undefined
  const scale = Math.min(1, size.width / shareCardSize.width, size.height / shareCardSize.height)
  const width = Math.max(1, Math.round(shareCardSize.width * scale))
  const height = Math.max(1, Math.round(shareCardSize.height * scale))
  return {path: `${path.replace(/\.[^./]*$/, '')}-share.${extensions[format]}`, width, height, format, type: `image/${format}`, crop: true}
}
