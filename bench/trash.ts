import {mkdir, rename, rm} from 'node:fs/promises'
import {join} from 'node:path'

/**
 * Folders the bench no longer needs are moved aside here and deleted only when measuring is over:
 * on ext4, deleting tens of thousands of files makes the next builds' file writes measurably
 * slower (seconds of extra system time at N = 1,000), which would be charged to whichever case
 * ran next. A rename costs nothing.
 */
export interface Trash {
  /** Move a file or folder out of the way, if it exists. */
  discard(path: string): Promise<void>
  /** Delete everything discarded: call once no more is measured. */
  empty(): Promise<void>
}

export function createTrash(dir: string): Trash {
  let count = 0
  return {
    async discard(path) {
      await mkdir(dir, {recursive: true})
      try {
        await rename(path, join(dir, `${process.pid}-${++count}`))
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
      }
    },
    async empty() {
      await rm(dir, {recursive: true, force: true})
    }
  }
}
