import {readFileSync} from 'node:fs'

/** Matbuot's own version: part of every cache key, shown by `matbuot --version`. */
export const {version} = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version: string}
