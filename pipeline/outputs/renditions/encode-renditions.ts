import {stat} from 'node:fs/promises'
import {availableParallelism} from 'node:os'
import {join} from 'node:path'
import type {Rendition} from '../../config/image-renditions.ts'
import {WorkerProcess} from '../../worker-process.ts'
import {encoderKey, type EncodeAnswer, type EncodeRequest} from './encode-image.ts'

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

type CachedSource = Pick<RenditionJob, 'digest' | 'keepCopyright'>

/**
 * The size in bytes of cached renditions, by source (see `sourceKeyOf`) and then by rendition
 * (`renditionKeyOf`): grouped as the store records them, a source at a time.
 */
export type RenditionSizes = Record<string, Record<string, number>>

/** The part of a cache name that says which encoder made what of which source. */
export function sourceKeyOf(job: CachedSource): string {
  return `${encoderKey}${job.keepCopyright ? '-credits' : ''}/${job.digest}`
}

/** The part of a cache name that says which rendition of the source it is. */
function renditionKeyOf(rendition: Rendition): string {
  const window = rendition.crop?.window
  const part = window ? `-${window.left}-${window.top}-${window.width}x${window.height}` : ''
  const size = rendition.crop ? `${rendition.width}x${rendition.height}${part}` : `${rendition.width}`
  return `${size}.${rendition.format}`
}

/** Where a rendition of a source with this digest is kept between builds, relative to the cache folder. */
export function cacheNameOf(job: CachedSource, rendition: Rendition): string {
  return `${sourceKeyOf(job)}-${renditionKeyOf(rendition)}`
}

export function sizeIn(sizes: Readonly<RenditionSizes>, job: CachedSource, rendition: Rendition): number | undefined {
  return sizes[sourceKeyOf(job)]?.[renditionKeyOf(rendition)]
}

export function noteSize(sizes: RenditionSizes, job: CachedSource, rendition: Rendition, bytes: number): void {
  ;(sizes[sourceKeyOf(job)] ??= {})[renditionKeyOf(rendition)] = bytes
}

/** Both records in one, e.g. what a build found with what an earlier one recorded. */
export function mergeSizes(a: Readonly<RenditionSizes>, b: Readonly<RenditionSizes>): RenditionSizes {
  const merged: RenditionSizes = {...a}
  for (const [source, sizes] of Object.entries(b)) merged[source] = merged[source] ? {...merged[source], ...sizes} : sizes
  return merged
}

/**
 * A build's image work: every rendition missing from the cache is made, and each one's size
 * noted. What the builds of the project recorded as used (see prune-rendition-cache.ts) is in
 * the cache, as pruning keeps it: only a rendition no build recorded is looked for on disk, so a
 * build with no new image looks up its sources' records and opens no picture. Decoding and
 * encoding run in a process of their own (see encoder-process.ts), on sharp's threads, one source
 * per core at a time: one small image keeps a single core busy, and more at once would hold dozens
 * of decoded pictures in memory.
 */
export class ImageWork {
  /** Each rendition's size in bytes: what syndication items list. */
  readonly bytes: RenditionSizes = {}
  readonly failures: RenditionFailure[] = []
  /** Renditions made (not found in the cache), and the time spent making and finding them. */
  made = 0
  milliseconds = 0

  /** `recorded`: what earlier builds recorded they used of a source (by `sourceKeyOf`); none, to look for every rendition on disk. */
  constructor(
    private readonly cacheDir: string,
    private readonly maxPixels: number,
    private readonly recorded: (source: string) => Readonly<Record<string, number>> | undefined = () => undefined
  ) {}

  /** Make what these jobs need and an earlier call did not already find, make or fail on. */
  async make(jobs: readonly RenditionJob[]): Promise<void> {
    const started = performance.now()
    const failed = new Set(this.failures.map((failure) => failure.source))
    // Most jobs of a build are known whole: only the others wait their turn.
    const queue = jobs.flatMap((job) => {
      const unknown = failed.has(job.source) ? [] : this.unknownOf(job)
      return unknown.length > 0 ? [{job, unknown}] : []
    })
    // Started when a first rendition is missing from the cache, and stopped once this work is done.
    let encoder: Encoder | undefined
    const encoderNow = () => (encoder ??= new WorkerProcess('encoder-process', 'the image encoder'))
    let next = 0
    const worker = async () => {
      while (next < queue.length) {
        const {job, unknown} = queue[next++]!
        await this.makeJob(job, unknown, encoderNow)
      }
    }
    try {
      await Promise.all(Array.from({length: Math.min(availableParallelism(), queue.length)}, worker))
    } finally {
      await encoder?.stop()
    }
    // In the order of the jobs whatever finished first, so problems are listed alike every time.
    const order = new Map(jobs.map((job, index) => [job.source, index]))
    this.failures.sort((a, b) => (order.get(a.source) ?? -1) - (order.get(b.source) ?? -1))
    this.milliseconds += performance.now() - started
  }

  /** The job's renditions whose size this build has not found, made or read in a record. */
  private unknownOf(job: RenditionJob): Rendition[] {
    const source = sourceKeyOf(job)
    if (!this.bytes[source]) {
      const recorded = this.recorded(source)
      if (recorded) this.bytes[source] = {...recorded}
    }
    const known = this.bytes[source]
    return known ? job.renditions.filter((rendition) => known[renditionKeyOf(rendition)] === undefined) : [...job.renditions]
  }

  private async makeJob(job: RenditionJob, unknown: readonly Rendition[], encoder: () => Encoder): Promise<void> {
    const missing = (
      await Promise.all(
        unknown.map(async (rendition) => {
          const size = await sizeOf(join(this.cacheDir, cacheNameOf(job, rendition)))
          if (size === undefined) return [rendition]
          noteSize(this.bytes, job, rendition, size)
          return []
        })
      )
    ).flat()
    // Crops of a small image can come out alike (1×1, say) and share one cache file: each is made once.
    const toMake = [...new Map(missing.map((rendition) => [cacheNameOf(job, rendition), rendition])).values()]
    if (toMake.length === 0) return
    try {
      const sizes = await encoder().ask({
        file: job.file,
        maxPixels: this.maxPixels,
        keepCopyright: job.keepCopyright,
        renditions: toMake.map((rendition) => ({rendition, path: join(this.cacheDir, cacheNameOf(job, rendition))}))
      })
      toMake.forEach((rendition, index) => noteSize(this.bytes, job, rendition, sizes[index]!))
      this.made += toMake.length
    } catch (error) {
      this.failures.push({source: job.source, reason: (error instanceof Error ? error.message : String(error)).split('\n')[0]!})
    }
  }
}

/** The image encoder's process (see encoder-process.ts). */
type Encoder = WorkerProcess<EncodeRequest, EncodeAnswer>

async function sizeOf(path: string): Promise<number | undefined> {
  return stat(path).then(
    (found) => found.size,
    () => undefined
  )
}
