import {appendFile, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {generateCorpus} from '../../bench/corpus/generate.ts'
import {matbuotPath, pagePath} from '../../bench/corpus/matbuot-shape.ts'
import {build, type BuildOptions} from '../../pipeline/build.ts'
import {formatDiagnostic} from '../../pipeline/diagnostics/diagnostic.ts'
import {firstDifference, formatDifference, readTree} from './compare-trees.ts'

// A change that reaches every page but no render (here the footer's string in every locale)
// makes the releases' files again from their stored bodies: in the threads when there are
// enough of them, in the main thread with --jobs 1. One that reaches a locale's pages alone (the
// footer of one locale) leaves the files of the others as they are. Either way the site must be
// the one a clean build makes.
const now = new Date('2026-06-01T12:00:00+05:00')
const scratch = await mkdtemp(join(tmpdir(), 'matbuot-stored-pages-'))
afterAll(() => rm(scratch, {recursive: true, force: true}))

async function built(options: BuildOptions) {
  const result = await build({now, ...options})
  if (!result.ok) throw new Error(result.diagnostics.map(formatDiagnostic).join('\n'))
  return result.summary
}

/** Give the footer of these locales new words. */
async function changeFooter(root: string, locales: readonly string[], words: string): Promise<void> {
  for (const locale of locales) {
    const strings = join(root, `locales/${locale}.json`)
    const before = await readFile(strings, 'utf8')
    const changed = before.replace(/("footer": \{\s*"copyright": )"[^"]*"/, `$1"${words}"`)
    expect(changed).not.toBe(before)
    await writeFile(strings, changed)
  }
}

describe('a build after a change that reaches pages but no render', () => {
  for (const jobs of [1, 2]) {
    it(`should remake the stored releases' pages as a clean build makes them (--jobs ${jobs})`, {timeout: 120_000}, async () => {
      // 40 releases are enough tasks for the threads to be started.
      const corpus = await generateCorpus({releases: 40, seed: 5, out: join(scratch, `corpus-${jobs}`)})
      const root = corpus.dir
      const dist = join(root, 'dist')
      const page = (locale: 'en' | 'ru') => readFile(join(dist, pagePath(corpus.plans[3]!, locale), 'index.html'), 'utf8')
      const sameAsClean = async (step: string) => {
        await built({root, jobs, outDir: join(scratch, `clean-${jobs}-${step}`), cache: false})
        const difference = firstDifference(readTree(join(scratch, `clean-${jobs}-${step}`)), readTree(dist))
        expect(difference && formatDifference(difference, 'clean build', 'incremental build')).toBeUndefined()
      }
      await built({root, jobs})

      await changeFooter(root, ['en', 'ru', 'uz', 'uz-Cyrl'], 'A changed footer')
      // And one language of one release edited: that release is rendered in part, the others not at all.
      await appendFile(join(root, matbuotPath(corpus.plans[7]!, 'ru')), '\nДобавленное предложение.\n')
      expect((await built({root, jobs})).rendered).toBe(1)
      expect(await page('en')).toContain('<footer class="site-footer"><p>A changed footer</p>')
      expect(await page('ru')).toContain('<footer class="site-footer"><p>A changed footer</p>')
      await sameAsClean('every-locale')

      await changeFooter(root, ['en'], 'An English footer')
      expect((await built({root, jobs})).rendered).toBe(0)
      expect(await page('en')).toContain('<footer class="site-footer"><p>An English footer</p>')
      expect(await page('ru')).toContain('<footer class="site-footer"><p>A changed footer</p>')
      await sameAsClean('one-locale')
    })
  }
})
