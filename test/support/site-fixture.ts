import {cp, mkdir, mkdtemp, readdir, readFile, symlink, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url))

/**
 * A copy of Matbuot itself (its code and package files, sharing the installed packages) in a fresh
 * temporary folder, with these other entries of the project: a test may change its sources freely.
 */
export async function copyOfMatbuot(entries: readonly string[] = []): Promise<string> {
  const copy = await mkdtemp(join(tmpdir(), 'matbuot-copy-'))
  for (const entry of ['pipeline', 'package.json', 'package-lock.json', ...entries])
    await cp(join(repoRoot, entry), join(copy, entry), {recursive: true})
  await symlink(join(repoRoot, 'node_modules'), join(copy, 'node_modules'))
  return copy
}

export const fixtureConfig = `baseUrl: https://news.test
defaultLocale: en
pageSize: 2
logo: /media/logo.png
syndication: {copyrightHolder: Test agency, usageTerms: Republish with attribution.}
locales:
  - {code: en, tag: en, intl: en-GB, label: English}
  - {code: ru, tag: ru, intl: ru, label: Русский}
  - {code: uz, tag: uz-Latn, intl: uz-Latn, label: Oʻzbekcha}
`

/** The fixture config with Uzbek Cyrillic generated from Uzbek Latin, as the agency's site has it. */
export const fixtureConfigWithCyrillic = fixtureConfig.replace(
  '  - {code: uz, tag: uz-Latn, intl: uz-Latn, label: Oʻzbekcha}\n',
  '  - {code: uz, tag: uz-Latn, intl: uz-Latn, label: Oʻzbekcha}\n  - {code: uz-Cyrl, tag: uz-Cyrl, intl: uz-Cyrl, label: Ўзбекча, transliterateFrom: uz}\n'
)

/** Front matter plus body, with sensible defaults for what a test does not care about. */
export function release(fields: Record<string, unknown> = {}, body = 'Body text.'): string {
  const all = {title: 'A release', date: '2024-05-10T09:30:00+05:00', summary: 'A short summary.', ...fields}
  const yaml = Object.entries(all)
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value)}`)
    .join('\n')
  return `---\n${yaml}\n---\n${body}\n`
}

/**
 * Write a small site into a fresh temporary folder: the given files (paths relative to the
 * site root), the project's own locales unless the test gives its own, and a config.
 */
export async function makeSite(files: Record<string, string | Uint8Array>, options: {config?: string; ownLocales?: boolean} = {}): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'matbuot-test-'))
  const all: Record<string, string | Uint8Array> = {'site.yaml': options.config ?? fixtureConfig, ...files}
  if (!options.ownLocales) {
    for (const name of await readdir(join(repoRoot, 'locales'))) all[`locales/${name}`] ??= await readFile(join(repoRoot, 'locales', name), 'utf8')
  }
  for (const [path, content] of Object.entries(all)) {
    await mkdir(dirname(join(root, path)), {recursive: true})
    await writeFile(join(root, path), content)
  }
  return root
}

/** A real 1×1 PNG, for media that only needs to exist and have a size. */
export const tinyPng = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')
