import {createHash} from 'node:crypto'
import type {RenderInput, RenderedRelease} from './render-release.ts'

/** Where rendered release-languages are kept between builds (in memory, or on disk). */
export interface RenderCache {
  get(key: string): RenderedRelease | undefined
  set(key: string, value: RenderedRelease): void
}

/**
 * The key of one render: everything its output depends on. The document, its locale's strings,
 * the config and the media facts are hashed; the code's own version is part of `salt`.
 */
export function renderKey(input: RenderInput, salt: string): string {
  return createHash('sha256')
    .update(salt)
    .update('\0')
    .update(contextHash(input))
    .update('\0')
    .update(JSON.stringify(input.document))
    .update('\0')
    .update(input.transliteration ? JSON.stringify(input.transliteration) : '')
    .digest('hex')
}

const contextHashes = new WeakMap<object, WeakMap<object, string>>()

/** Strings, config and media are shared by every render of a build: hash them once per build. */
function contextHash(input: RenderInput): string {
  let byConfig = contextHashes.get(input.resources)
  if (!byConfig) contextHashes.set(input.resources, (byConfig = new WeakMap()))
  let hash = byConfig.get(input.config)
  if (hash === undefined) {
    hash = createHash('sha256').update(JSON.stringify([input.resources, input.config, input.media])).digest('hex')
    byConfig.set(input.config, hash)
  }
  return hash
}
