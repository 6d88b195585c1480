import {createHash} from 'node:crypto'
import {mkdir, readFile, rename, writeFile} from 'node:fs/promises'
import {dirname, join} from 'node:path'
import type {RenderContext, RenderedRelease, RenderUnit} from './render-release.ts'

/** Where rendered units are kept between builds: in memory (the preview) and on disk. */
export interface RenderCache {
  get(key: string): Promise<RenderedRelease[] | undefined>
  set(key: string, value: RenderedRelease[]): Promise<void>
}

const contextHashes = new WeakMap<RenderContext, string>()

/**
 * The key of one unit's render: everything its output depends on — the documents, the strings,
 * the config, the media facts, the transliteration exceptions and the code itself (`salt`).
 */
export function renderKey(unit: RenderUnit, context: RenderContext, salt: string): string {
  let contextHash = contextHashes.get(context)
  if (contextHash === undefined) {
    contextHash = createHash('sha256').update(JSON.stringify([context.resources, context.config, context.media, context.transliteration ?? null])).digest('hex')
    contextHashes.set(context, contextHash)
  }
  return createHash('sha256').update(salt).update('\0').update(contextHash).update('\0').update(JSON.stringify(unit)).digest('hex')
}

/** Rendered units kept in this process only. */
export function memoryRenderCache(store = new Map<string, RenderedRelease[]>()): RenderCache {
  return {
    get: async (key) => store.get(key),
    set: async (key, value) => void store.set(key, value)
  }
}

/** Rendered units as JSON files under a folder (default `.cache/matbuot/renders/`), one per key. */
export function diskRenderCache(folder: string): RenderCache {
  const fileOf = (key: string) => join(folder, key.slice(0, 2), `${key}.json`)
  return {
    async get(key) {
      try {
        return JSON.parse(await readFile(fileOf(key), 'utf8')) as RenderedRelease[]
      } catch {
        return undefined
      }
    },
    async set(key, value) {
      const file = fileOf(key)
      await mkdir(dirname(file), {recursive: true})
      // Written aside and renamed, so a killed build never leaves half an entry to be read.
      const partial = `${file}.${process.pid}.partial`
      await writeFile(partial, JSON.stringify(value))
      await rename(partial, file)
    }
  }
}

/** Memory in front of a slower cache: the preview keeps what it rendered, the disk keeps it too. */
export function layeredRenderCache(front: RenderCache, back: RenderCache): RenderCache {
  return {
    async get(key) {
      const hit = await front.get(key)
      if (hit) return hit
      const stored = await back.get(key)
      if (stored) await front.set(key, stored)
      return stored
    },
    async set(key, value) {
      await Promise.all([front.set(key, value), back.set(key, value)])
    }
  }
}
