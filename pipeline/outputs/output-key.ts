import {createHash} from 'node:crypto'
import type {Locale} from '../config/locales.ts'
import type {SiteModel} from './site-model.ts'

/**
 * The key of an output file: what it is made from (the code, the config, its locale's strings,
 * and the keys of the releases it shows). A file whose key is unchanged since the last build is
 * left as it is, without being rendered again.
 */
export function outputKey(model: SiteModel, scope: Locale | 'site', ...parts: readonly (string | number)[]): string {
  return createHash('sha256').update(model.fingerprints[scope]).update('\0').update(parts.join('\0')).digest('hex')
}
