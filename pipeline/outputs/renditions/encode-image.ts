import {readFile} from 'node:fs/promises'
import sharp from 'sharp'
import type {Rendition, RenditionFormat} from '../../config/image-renditions.ts'
import {digestOf} from '../../load/scan-inputs.ts'
import {writeAtomically} from '../../store/cache-file.ts'
import {exifCredits} from './exif-credits.ts'

const encodings = {
  avif: {quality: 50, effort: 3},
  webp: {quality: 76, effort: 4},
  jpeg: {quality: 80, mozjpeg: true},
  png: {compressionLevel: 9, effort: 7}
} as const satisfies Record<RenditionFormat, object>

/** A new sharp or new settings make new files, so a cache never serves bytes another encoder made. */
export const encoderKey = digestOf(JSON.stringify([sharp.versions, encodings])).slice(0, 16)

/** One source image to encode into renditions, each written to the cache file named beside it. */
export interface EncodeRequest {
  readonly file: string
  readonly maxPixels: number
  /** Keep the source's EXIF copyright and artist lines, and nothing else of its metadata. */
  readonly keepCopyright: boolean
  readonly renditions: readonly {readonly rendition: Rendition; readonly path: string}[]
}

/** Each rendition's size in bytes, in the request's order. */
export type EncodeAnswer = number[]

/** Decode a source once and write each of its renditions; rejects with the decoder's words when it cannot. */
export async function encodeImage(request: EncodeRequest): Promise<EncodeAnswer> {
  // Upright, in sRGB; sharp writes no metadata block (EXIF, GPS, XMP, IPTC, ICC) but the credits asked for.
  const source = sharp(await readFile(request.file), {limitInputPixels: request.maxPixels, failOn: 'error'})
  const credits = request.keepCopyright ? exifCredits((await source.metadata()).exif) : {}
  const upright = source.rotate().toColourspace('srgb')
  const decoded = Object.keys(credits).length > 0 ? upright.withExif({IFD0: {...credits}}) : upright
  return Promise.all(
    request.renditions.map(async ({rendition, path}) => {
      const window = rendition.crop?.window
      // Cut from the upright picture, since rotate() comes first; a crop without a window is the centred one.
      const framed = window ? decoded.clone().extract(window) : decoded.clone()
      const resized = framed.resize(
        rendition.crop ? {width: rendition.width, height: rendition.height, fit: 'cover'} : {width: rendition.width, withoutEnlargement: true}
      )
      const encoded = await resized.toFormat(rendition.format, encodings[rendition.format]).toBuffer()
      await writeAtomically(path, encoded)
      return encoded.length
    })
  )
}
