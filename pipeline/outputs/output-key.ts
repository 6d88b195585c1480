import {createHash} from 'node:crypto'
import type {SiteModel} from './site-model.ts'

/**
 * The key of an output file: what it is made from (the code, the config, the strings, and the
 * keys of the releases it shows). A file whose key is unchanged since the last build is taken
 * over from the previous output instead of being rendered again.
 */
export function outputKey(model: SiteModel, ...parts: readonly (string | number)[]): string {
  return createHash('sha256').update(model.fingerprint).update('\0').update(parts.join('\0')).digest('hex')
}
