import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {imageSize} from 'image-size'
import {typeOfExtension} from '../config/media-types.ts'
import {listFiles} from './list-files.js'
import {digestOf} from './scan-inputs.ts'

/** What pages and feeds need to know of one media file. */
export interface MediaInfo {
  readonly width: number
  readonly height: number
  /** Real MIME type read from the file's bytes (image/jpeg, never image/jpg). */
  readonly type: string
  readonly bytes: number
  /** SHA-256 of the bytes: what renditions of the file are cached by. */
  readonly digest: string
}

/** Site path (`/media/x.jpg`) to its facts; plain data, so it crosses threads and caches. */
export type MediaIndex = Readonly<Record<string, MediaInfo>>

/** Read every file under content/media once per build. */
export async function indexMedia(contentDir: string): Promise<{index: MediaIndex; files: string[]}> {
  const files = listFiles(join(contentDir, 'media')).map((path) => `media/${path}`)
  const index: Record<string, MediaInfo> = {}
  for (const file of files) {
    const info = mediaInfoOf(await readFile(join(contentDir, file)))
    if (info) index[`/${file}`] = info
  }
  return {index, files}
}

/** Size and real type of an image from its bytes; undefined for a file that is not one (a PDF, say), served as it is. */
export function mediaInfoOf(bytes: Uint8Array): MediaInfo | undefined {
  try {
    const size = imageSize(bytes)
    const type = size.type ? typeOfExtension(size.type) : undefined
    if (!size.width || !size.height || !type?.startsWith('image/')) return undefined
    // EXIF orientations 5 to 8 turn the picture a quarter: readers see it, and renditions are made, upright.
    const turned = size.orientation !== undefined && size.orientation >= 5
    const [width, height] = turned ? [size.height, size.width] : [size.width, size.height]
    return {width, height, type, bytes: bytes.length, digest: digestOf(bytes)}
  } catch {
    return undefined
  }
}
