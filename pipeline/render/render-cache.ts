import {createHash} from 'node:crypto'
import {closeSync, openSync, readSync} from 'node:fs'
import {mkdir, readFile, rename, writeFile} from 'node:fs/promises'
import {dirname, join} from 'node:path'
import type {RenderContext, RenderedRelease, RenderUnit} from './render-release.ts'

/** Where rendered units are kept between builds: in memory (the preview) and on disk. */
export interface RenderCache {
  get(key: string): Promise<RenderedRelease[] | undefined>
  /** Keep a unit; returns what the build should hold on to (on disk, the bodies stay there). */
  set(key: string, value: RenderedRelease[]): Promise<RenderedRelease[]>
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
    set: async (key, value) => {
      store.set(key, value)
      return value
    }
  }
}

type Variant = 'html' | 'absolute' | 'amp'
/** Where each body variant of each language lies in a unit's body file, in bytes. */
type BodyIndex = Record<string, Partial<Record<Variant, [start: number, end: number]>>>

/**
 * Rendered units on disk under a folder (default `.cache/matbuot/renders/`): the facts of a unit's
 * release-languages in one JSON file, their bodies in one file beside it. A build holds only the
 * facts; a body is read when a page that shows it is written, so memory stays small however large
 * the archive, and a page kept from the previous output never reads its body at all.
 */
export function diskRenderCache(folder: string): RenderCache {
  const base = (key: string) => join(folder, key.slice(0, 2), key)
  const lazy = (key: string, facts: RenderedRelease, index: BodyIndex): RenderedRelease => {
    const read = (variant: Variant) => () => readSlice(`${base(key)}.bodies`, index[facts.locale]![variant]!)
    const release = {...facts}
    Object.defineProperty(release, 'bodyHtml', {get: read('html'), enumerable: true})
    Object.defineProperty(release, 'absoluteBodyHtml', {get: read('absolute'), enumerable: true})
    if (facts.amp) {
      const amp = {extensions: facts.amp.extensions}
      Object.defineProperty(amp, 'bodyHtml', {get: read('amp'), enumerable: true})
      Object.assign(release, {amp})
    }
    return release
  }
  return {
    async get(key) {
      try {
        const {facts, index} = JSON.parse(await readFile(`${base(key)}.json`, 'utf8')) as {facts: RenderedRelease[]; index: BodyIndex}
        return facts.map((release) => lazy(key, release, index))
      } catch {
        return undefined
      }
    },
    async set(key, value) {
      await mkdir(dirname(base(key)), {recursive: true})
      const chunks: Buffer[] = []
      const index: BodyIndex = {}
      let offset = 0
      for (const release of value) {
        index[release.locale] = {}
        const bodies: [Variant, string | undefined][] = [['html', release.bodyHtml], ['absolute', release.absoluteBodyHtml], ['amp', release.amp?.bodyHtml]]
        for (const [variant, html] of bodies) {
          if (html === undefined) continue
          const bytes = Buffer.from(html)
          index[release.locale]![variant] = [offset, offset + bytes.length]
          chunks.push(bytes)
          offset += bytes.length
        }
      }
      await writeAtomically(`${base(key)}.bodies`, Buffer.concat(chunks))
      const facts = value.map((release) => ({...release, bodyHtml: '', absoluteBodyHtml: '', ...(release.amp ? {amp: {extensions: release.amp.extensions, bodyHtml: ''}} : {})}))
      // The facts go last: whoever finds them finds the bodies too.
      await writeAtomically(`${base(key)}.json`, JSON.stringify({facts, index}))
      return facts.map((release) => lazy(key, release, index))
    }
  }
}

/** Read just the bytes of one body out of a unit's body file. */
function readSlice(file: string, [start, end]: [number, number]): string {
  const descriptor = openSync(file, 'r')
  try {
    const buffer = Buffer.allocUnsafe(end - start)
    readSync(descriptor, buffer, 0, buffer.length, start)
    return buffer.toString('utf8')
  } finally {
    closeSync(descriptor)
  }
}

/** Written aside and renamed, so a killed build never leaves half an entry to be read. */
async function writeAtomically(file: string, content: string | Uint8Array): Promise<void> {
  const partial = `${file}.${process.pid}.partial`
  await writeFile(partial, content)
  await rename(partial, file)
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
      return front.set(key, await back.set(key, value))
    }
  }
}
