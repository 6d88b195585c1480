import {spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

/** A peer generator found on this machine, or how to install it. Nothing is installed by the bench. */
export type Peer =
  | {readonly found: true; readonly version: string; readonly command: string; readonly args: readonly string[]}
  | {readonly found: false; readonly install: string}

const benchRoot = fileURLToPath(new URL('./', import.meta.url))

export const installHugo = 'Hugo is not on PATH; install it with: apt-get install hugo (Debian/Ubuntu), or see the Hugo docs for other systems'
export const installEleventy = 'Eleventy 3 is not installed for the bench; install it (into bench/node_modules only) with: npm ci --prefix bench'

/** Hugo from PATH, as the Debian package `hugo` puts it there. */
export function findHugo(): Peer {
  const probe = spawnSync('hugo', ['version'], {encoding: 'utf8'})
  if (probe.status !== 0) return {found: false, install: installHugo}
  const version = /v(\d+\.\d+\.\d+\S*)/.exec(probe.stdout)?.[1] ?? probe.stdout.trim()
  return {found: true, version, command: 'hugo', args: []}
}

/**
 * Eleventy and its feed plugin as bench/package.json installs them. Resolved as the config in
 * bench/eleventy/ will resolve them, and run with this Node, not through npx, whose own start-up
 * would be timed with it.
 */
export function findEleventy(): Peer {
  const require = createRequire(join(benchRoot, 'eleventy', 'eleventy.config.js'))
  const eleventyRoot = packageRoot(require, '@11ty/eleventy')
  if (eleventyRoot === undefined || packageRoot(require, '@11ty/eleventy-plugin-rss') === undefined) return {found: false, install: installEleventy}
  const manifest = JSON.parse(readFileSync(join(eleventyRoot, 'package.json'), 'utf8')) as {version: string; bin: Record<string, string>}
  if (!manifest.version.startsWith('3.')) return {found: false, install: `Eleventy ${manifest.version} found, expected 3.x; ${installEleventy}`}
  return {found: true, version: manifest.version, command: process.execPath, args: [join(eleventyRoot, manifest.bin['eleventy']!)]}
}

/** The folder of an installed package: its entry resolved, then up to its package.json (which its exports may hide). */
function packageRoot(require: NodeJS.Require, name: string): string | undefined {
  let folder: string
  try {
    folder = dirname(require.resolve(name))
  } catch {
    return undefined
  }
  for (; folder !== dirname(folder); folder = dirname(folder)) {
    try {
      if ((JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as {name?: string}).name === name) return folder
    } catch {
      // No package.json here: look one folder up.
    }
  }
  return undefined
}
