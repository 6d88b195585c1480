import sharp from 'sharp'
import type {CorpusFile} from './corpus-file.ts'
import type {MediaFile} from './plan.ts'
import {createRandom} from './prng.ts'

/** Small, so that thousands are drawn in seconds; one rendition width (480) and its crops are made of each. */
const size = {width: 480, height: 270} as const

/**
 * A JPEG of its own for release `index`: a background and three blocks in colours and places drawn
 * from the seed, so every release's image has other bytes and no cache can share their work. The
 * same seed and index give the same file.
 */
export async function releaseImage(seed: number, index: number): Promise<{file: MediaFile; bytes: Uint8Array}> {
  // Its own random source: the corpus's plans draw the same numbers with or without images of their own.
  const random = createRandom((seed * 1_000_003 + index) >>> 0)
  const colour = () => ({r: random.int(0, 255), g: random.int(0, 255), b: random.int(0, 255)})
  const blocks = Array.from({length: 3}, () => {
    const width = random.int(40, 240)
    const height = random.int(30, 135)
    return {
      input: {create: {width, height, channels: 3 as const, background: colour()}},
      left: random.int(0, size.width - width),
      top: random.int(0, size.height - height)
    }
  })
  const bytes = await sharp({create: {...size, channels: 3, background: colour()}})
    .composite(blocks)
    .jpeg({quality: 80})
    .toBuffer()
  return {file: {name: `release-${String(index + 1).padStart(5, '0')}.jpg`, ...size}, bytes}
}

// Drawn a batch at a time on sharp's threads; one at a time leaves all but one core idle.
const batch = 16

/** Each release's own image, in every shape's media folder. */
export async function releaseImages(seed: number, count: number): Promise<{images: MediaFile[]; files: CorpusFile[]}> {
  const images: MediaFile[] = []
  const files: CorpusFile[] = []
  for (let first = 0; first < count; first += batch) {
    const drawn = await Promise.all(Array.from({length: Math.min(batch, count - first)}, (_, offset) => releaseImage(seed, first + offset)))
    for (const {file, bytes} of drawn) {
      images.push(file)
      for (const target of ['content/media', 'hugo/static/media', 'eleventy/media']) files.push({path: `${target}/${file.name}`, content: bytes})
    }
  }
  return {images, files}
}
