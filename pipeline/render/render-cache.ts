import {createHash} from 'node:crypto'
import {readFileSync} from 'node:fs'
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

/**
 * Rendered units on disk under a folder (default `.cache/matbuot/renders/`): the facts of each
 * release-language in one JSON file, each body variant in a file of its own. A build holds only
 * the facts; a body is read when a page that shows it is written, so memory stays small however
 * large the archive, and a page kept from the previous output never reads its body at all.
 */
export function diskRenderCache(folder: string): RenderCache {
  const base = (key: string) => join(folder, key.slice(0, 2), key)
  const bodyFile = (key: string, locale: string, variant: Variant) => `${base(key)}.${locale}.${variant}.html`
  const lazy = (key: string, facts: RenderedRelease): RenderedRelease => {
    const read = (variant: Variant) => () => readFileSync(bodyFile(key, facts.locale, variant), 'utf8')
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
        const facts = JSON.parse(await readFile(`${base(key)}.json`, 'utf8')) as RenderedRelease[]
        return facts.map((release) => lazy(key, release))
      } catch {
        return undefined
      }
    },
    async set(key, value) {
      await mkdir(dirname(base(key)), {recursive: true})
      for (const release of value) {
        const bodies: [Variant, string | undefined][] = [['html', release.bodyHtml], ['absolute', release.absoluteBodyHtml], ['amp', release.amp?.bodyHtml]]
        for (const [variant, html] of bodies) if (html !== undefined) await writeAtomically(bodyFile(key, release.locale, variant), html)
      }
      const facts = value.map((release) => ({...release, bodyHtml: '', absoluteBodyHtml: '', ...(release.amp ? {amp: {extensions: release.amp.extensions, bodyHtml: ''}} : {})}))
      // The facts go last: whoever finds them finds the bodies too.
      await writeAtomically(`${base(key)}.json`, JSON.stringify(facts))
      return facts.map((release) => lazy(key, release))
    }
  }
}

/** Written aside and renamed, so a killed build never leaves half an entry to be read. */
async function writeAtomically(file: string, content: string): Promise<void> {
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
