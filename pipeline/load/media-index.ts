import {readdir, readFile} from 'node:fs/promises'
import {join, relative, sep} from 'node:path'
import {imageSize} from 'image-size'
import {compareStrings} from '../diagnostics/diagnostic.ts'

/** What pages and feeds need to know of one media file. */
export interface MediaInfo {
  readonly width: number
  readonly height: number
  /** Real MIME type read from the file's bytes (image/jpeg, never image/jpg). */
  readonly type: string
  readonly bytes: number
}

/** Site path (`/media/x.jpg`) to its facts; plain data, so it crosses threads and caches. */
export type MediaIndex = Readonly<Record<string, MediaInfo>>

const mimeTypes: Readonly<Record<string, string>> = {
  jpg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  svg: 'image/svg+xml',
  avif: 'image/avif'
}

/** Read every file under content/media once per build. */
export async function indexMedia(contentDir: string): Promise<{index: MediaIndex; files: string[]}> {
  const root = join(contentDir, 'media')
  let entries
  try {
    entries = await readdir(root, {recursive: true, withFileTypes: true})
  } catch {
    return {index: {}, files: []}
  }
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(contentDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort(compareStrings)
  const index: Record<string, MediaInfo> = {}
  for (const file of files) {
    const bytes = await readFile(join(contentDir, file))
    try {
      const size = imageSize(bytes)
      const type = size.type ? mimeTypes[size.type] : undefined
      if (size.width && size.height && type) index[`/${file}`] = {width: size.width, height: size.height, type, bytes: bytes.length}
    } catch {
      // Not an image (a PDF, say): served as a file, never given dimensions.
    }
  }
  return {index, files}
}
