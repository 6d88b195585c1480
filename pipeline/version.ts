import {createHash} from 'node:crypto'
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {projectFile} from './runtime.ts'

const packageFile = projectFile('package.json')

/** Matbuot's own version: shown by `matbuot --version`. */
export const {version} = JSON.parse(readFileSync(packageFile, 'utf8')) as {version: string}

let fingerprint: string | undefined

/**
 * What the code that makes the output is, as a hash of the version and every pipeline source
 * file (templates and stylesheets included): part of every cache key, so a changed template
 * or plugin never serves output made by the old one.
 */
export function codeFingerprint(): string {
  if (fingerprint !== undefined) return fingerprint
  const root = projectFile('pipeline/')
  const hash = createHash('sha256').update(version)
  const files = readdirSync(root, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
  for (const file of files) hash.update(file.slice(root.length)).update('\0').update(readFileSync(file)).update('\0')
  fingerprint = hash.digest('hex')
  return fingerprint
}
