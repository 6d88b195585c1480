import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {build} from '../../pipeline/build.ts'
import {catalog} from '../../pipeline/diagnostics/catalog.ts'
import {formatDiagnostic} from '../../pipeline/diagnostics/diagnostic.ts'
import {hostileCorpus, hostileCorpusNow} from '../fixtures/hostile-corpus.ts'
import {markdownCorpus, markdownCorpusNow} from '../fixtures/markdown-corpus.ts'
import {makeSite} from '../support/site-fixture.ts'

const ids = new Set<string>(Object.values(catalog).map((entry) => entry.id))

describe('every problem a build reports', () => {
  for (const [name, files, now] of [
    ['hostile', hostileCorpus, hostileCorpusNow],
    ['Markdown', markdownCorpus, markdownCorpusNow]
  ] as const) {
    it(`should carry a catalog id, in the ${name} corpus`, async () => {
      const root = await makeSite(files())
      const result = await build({root, outDir: join(root, 'dist'), now: new Date(now), cache: false})
      // The corpora are built to provoke problems: a pass with none would prove nothing.
      expect(result.diagnostics.length).toBeGreaterThan(0)
      const withoutId = result.diagnostics.filter((d) => d.id === undefined || !ids.has(d.id)).map(formatDiagnostic)
      expect(withoutId).toEqual([])
    }, 120_000)
  }
})
