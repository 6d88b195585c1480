import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {runCli} from '../support/run-cli.ts'
import {makeSite, release, repoRoot, tinyPng} from '../support/site-fixture.ts'

/** Every locale file of the project without one string the pages need: as an older project's locales/ are. */
async function localesWithout(section: string, key: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {}
  for (const locale of ['en', 'ru', 'uz']) {
    const tree = JSON.parse(await readFile(join(repoRoot, 'locales', `${locale}.json`), 'utf8'))
    delete tree[section][key]
    files[`locales/${locale}.json`] = JSON.stringify(tree)
  }
  return files
}

describe('a string the pages need but no locale file has', () => {
  for (const jobs of ['1', '2']) {
    it(`should stop the build in one line naming the file and the string, without a stack trace (--jobs ${jobs})`, async () => {
      const releases = Object.fromEntries(
        Array.from({length: 20}, (_, i) => [`content/2024/05/release-${i}.en.md`, release({title: `Release ${i}`})])
      )
      const root = await makeSite({'content/media/logo.png': tinyPng, ...releases, ...(await localesWithout('article', 'timeInZone'))})
      const result = runCli(['build', '--jobs', jobs], root)
      expect(result.status).toBe(1)
      expect(result.stderr.trim().split('\n').at(-1)).toBe(
        'locales/en.json has no string "article.timeInZone", which the pages need: add it (every language\'s file needs it)'
      )
      expect(result.stderr).not.toMatch(/\n\s+at /)
    })
  }
})
