import {mkdir, readFile, rename, stat, writeFile} from 'node:fs/promises'
import {dirname, join} from 'node:path'
import sharp from 'sharp'
import type {Rendition, RenditionFormat} from '../../config/image-renditions.ts'
import {digestOf} from '../../load/scan-inputs.ts'
import {exifCredits} from './exif-credits.ts'

/** One source image and the renditions pages use of it. */
export interface RenditionJob {
  /** Site path of the source, e.g. `/media/x.jpg`. */
  readonly source: string
  readonly file: string
  readonly digest: string
  readonly renditions: readonly Rendition[]
  /** Keep the source's EXIF copyright and artist lines, and nothing else of its metadata. */
  readonly keepCopyright: boolean
}

/** A source that could not be made into renditions, and why in the decoder's words. */
export interface RenditionFailure {
  readonly source: string
  readonly reason: string
}

const encodings = {
  avif: {quality: 50, effort: 3},
  webp: {quality: 76, effort: 4},
  jpeg: {quality: 80, mozjpeg: true},
  png: {compressionLevel: 9, effort: 7}
} as const satisfies Record<RenditionFormat, object>

/** A new sharp or new settings make new files, so a cache never serves bytes another encoder made. */
const encoderKey = digestOf(JSON.stringify([sharp.versions, encodings])).slice(0, 16)

/** Where a rendition of a source with this digest is kept between builds, relative to the cache folder. */
export function cacheNameOf(job: Pick<RenditionJob, 'digest' | 'keepCopyright'>, rendition: Rendition): string {
  const size = rendition.crop ? `${rendition.width}x${rendition.height}` : `${rendition.width}`
  return `${encoderKey}${job.keepCopyright ? '-credits' : ''}/${job.digest}-${size}.${rendition.format}`
}

/**
 * Make every rendition missing from the cache; a warm build only stats. Decoding and encoding run
 * on sharp's own threads, one source at a time so two cores are not asked for dozens of images at once.
 */
export async function makeRenditions(
  jobs: readonly RenditionJob[],
  cacheDir: string,
  maxPixels: number
): Promise<{made: number; failures: RenditionFailure[]}> {
  let made = 0
  const failures: RenditionFailure[] = []
  for (const job of jobs) {
    const missing = (
      await Promise.all(job.renditions.map(async (rendition) => ((await exists(join(cacheDir, cacheNameOf(job, rendition)))) ? [] : [rendition])))
    ).flat()
    if (missing.length === 0) continue
    try {
      // Upright, in sRGB; sharp writes no metadata block (EXIF, GPS, XMP, IPTC, ICC) but the credits asked for.
      const source = sharp(await readFile(job.file), {limitInputPixels: maxPixels, failOn: 'error'})
      const credits = job.keepCopyright ? exifCredits((await source.metadata()).exif) : {}
      const upright = source.rotate().toColourspace('srgb')
      const decoded = Object.keys(credits).length > 0 ? upright.withExif({IFD0: {...credits}}) : upright
      await Promise.all(
        missing.map(async (rendition) => {
          const resized = decoded
            .clone()
            .resize(
              rendition.crop ? {width: rendition.width, height: rendition.height, fit: 'cover'} : {width: rendition.width, withoutEnlargement: true}
            )
          const bytes = await resized.toFormat(rendition.format, encodings[rendition.format]).toBuffer()
          await writeAtomically(join(cacheDir, cacheNameOf(job, rendition)), bytes)
          made++
        })
      )
    } catch (error) {
      failures.push({source: job.source, reason: (error instanceof Error ? error.message : String(error)).split('\n')[0]!})
    }
  }
  return {made, failures}
}

/** A build killed mid-write must not leave half a file that a later build takes as made. */
async function writeAtomically(path: string, bytes: Uint8Array): Promise<void> {
  await mkdir(dirname(path), {recursive: true})
  const temporary = `${path}.${process.pid}.tmp`
  await writeFile(temporary, bytes)
  await rename(temporary, path)
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false
  )
}
