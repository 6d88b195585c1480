import {createHash} from 'node:crypto'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {listFiles} from './load/list-files.js'
import {projectFile} from './runtime.ts'

const packageFile = projectFile('package.json')

/** Matbuot's own version: shown by `matbuot --version`. */
export const {version} = JSON.parse(readFileSync(packageFile, 'utf8')) as {version: string}

const fingerprints = new Map<string, string>()

/**
 * What the code that makes the output is, as a hash of the version and every pipeline source
 * file (templates and stylesheets included): part of every output key, so a changed template
 * or plugin never serves output made by the old one.
 */
export function codeFingerprint(): string {
  return fingerprintOf('all', () => true)
}

// The folders whose code reads, checks and renders a release; page assembly, writing, serving
// and the commands are elsewhere, and a change there leaves every render valid.
const rendering = ['config/', 'diagnostics/', 'load/', 'localize/', 'render/', 'validate/', 'render-site.ts']

/**
 * The same for the code that renders Markdown only: a change to a page template, the stylesheet
 * or the writer leaves every stored render valid, so it costs assembly and writing, no parsing.
 */
export function renderCodeFingerprint(): string {
  return fingerprintOf('render', (file) => rendering.some((folder) => file.startsWith(folder)))
}

/**
 * What the search index is made with besides its records: Pagefind's version and the code that
 * drives it (outputs/search/), so a stylesheet or template change leaves every index as it was.
 */
export function searchCodeFingerprint(): string {
  const pagefind = JSON.parse(readFileSync(projectFile('node_modules/pagefind/package.json'), 'utf8')) as {version: string}
  return `${pagefind.version}:${fingerprintOf('search', (file) => file.startsWith('outputs/search/'))}`
}

function fingerprintOf(name: string, include: (file: string) => boolean): string {
  const known = fingerprints.get(name)
  if (known !== undefined) return known
  const root = projectFile('pipeline/')
  const hash = createHash('sha256').update(version)
  for (const file of listFiles(root).filter(include))
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(root, file)))
      .update('\0')
  const fingerprint = hash.digest('hex')
  fingerprints.set(name, fingerprint)
  return fingerprint
}
