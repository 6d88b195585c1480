import {readFile, stat} from 'node:fs/promises'
import {availableParallelism} from 'node:os'
import {join} from 'node:path'
import sharp from 'sharp'
import type {Rendition, RenditionFormat} from '../../config/image-renditions.ts'
import {digestOf} from '../../load/scan-inputs.ts'
import {writeAtomically} from '../../store/cache-file.ts'
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
  const window = rendition.crop?.window
  const part = window ? `-${window.left}-${window.top}-${window.width}x${window.height}` : ''
  const size = rendition.crop ? `${rendition.width}x${rendition.height}${part}` : `${rendition.width}`
  return `${encoderKey}${job.keepCopyright ? '-credits' : ''}/${job.digest}-${size}.${rendition.format}`
}

/**
 * A build's image work: every rendition missing from the cache is made, and each one's size
 * noted by its cache name; a warm build only stats. Decoding and encoding run on sharp's own
 * threads, one source per core at a time: one small image keeps a single core busy, and more at
 * once would hold dozens of decoded pictures in memory.
 */
export class ImageWork {
  /** Each rendition's size in bytes, by its cache name: what syndication items list. */
  readonly bytes: Record<string, number> = {}
  readonly failures: RenditionFailure[] = []
  /** Renditions made (not found in the cache), and the time spent making and finding them. */
  made = 0
  milliseconds = 0

  constructor(
    private readonly cacheDir: string,
    private readonly maxPixels: number
  ) {}

  /** Make what these jobs need and an earlier call did not already find, make or fail on. */
  async make(jobs: readonly RenditionJob[]): Promise<void> {
    const started = performance.now()
    const failed = new Set(this.failures.map((failure) => failure.source))
    const queue = jobs.filter((job) => !failed.has(job.source))
    let next = 0
    const worker = async () => {
      while (next < queue.length) await this.makeJob(queue[next++]!)
    }
    await Promise.all(Array.from({length: Math.min(availableParallelism(), queue.length)}, worker))
    // In the order of the jobs whatever finished first, so problems are listed alike every time.
    const order = new Map(jobs.map((job, index) => [job.source, index]))
    this.failures.sort((a, b) => (order.get(a.source) ?? -1) - (order.get(b.source) ?? -1))
    this.milliseconds += performance.now() - started
  }

  private async makeJob(job: RenditionJob): Promise<void> {
    const missing = (
      await Promise.all(
        job.renditions.map(async (rendition) => {
          const name = cacheNameOf(job, rendition)
          if (Object.hasOwn(this.bytes, name)) return []
          const size = await sizeOf(join(this.cacheDir, name))
          if (size === undefined) return [rendition]
          this.bytes[name] = size
          return []
        })
      )
    ).flat()
    // Crops of a small image can come out alike (1×1, say) and share one cache file: each is made once.
    const toMake = [...new Map(missing.map((rendition) => [cacheNameOf(job, rendition), rendition])).values()]
    if (toMake.length === 0) return
    try {
      // Upright, in sRGB; sharp writes no metadata block (EXIF, GPS, XMP, IPTC, ICC) but the credits asked for.
      const source = sharp(await readFile(job.file), {limitInputPixels: this.maxPixels, failOn: 'error'})
      const credits = job.keepCopyright ? exifCredits((await source.metadata()).exif) : {}
      const upright = source.rotate().toColourspace('srgb')
      const decoded = Object.keys(credits).length > 0 ? upright.withExif({IFD0: {...credits}}) : upright
      await Promise.all(
        toMake.map(async (rendition) => {
          const window = rendition.crop?.window
          // Cut from the upright picture, since rotate() comes first; a crop without a window is the centred one.
          const framed = window ? decoded.clone().extract(window) : decoded.clone()
          const resized = framed.resize(
            rendition.crop ? {width: rendition.width, height: rendition.height, fit: 'cover'} : {width: rendition.width, withoutEnlargement: true}
          )
          const encoded = await resized.toFormat(rendition.format, encodings[rendition.format]).toBuffer()
          const name = cacheNameOf(job, rendition)
          await writeAtomically(join(this.cacheDir, name), encoded)
          this.bytes[name] = encoded.length
          this.made++
        })
      )
    } catch (error) {
      this.failures.push({source: job.source, reason: (error instanceof Error ? error.message : String(error)).split('\n')[0]!})
    }
  }
}

async function sizeOf(path: string): Promise<number | undefined> {
  return stat(path).then(
    (found) => found.size,
    () => undefined
  )
}
