import {createHash} from 'node:crypto'
import {mkdtemp, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join, relative} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {generateCorpus} from '../../bench/corpus/generate.ts'
import {build, type BuildOptions} from '../../pipeline/build.ts'
import {formatDiagnostic} from '../../pipeline/diagnostics/diagnostic.ts'
import {filesUnder} from '../support/build-content.ts'
import {runCli} from '../support/run-cli.ts'
import {repoRoot} from '../support/site-fixture.ts'

// Every byte of the site is pinned here, so work on speed or structure that moves one shows in
// the diff of the golden lists; a change meant to alter pages updates them (vitest -u) on purpose.
const now = new Date('2026-06-01T12:00:00+05:00')
const scratch = await mkdtemp(join(tmpdir(), 'matbuot-identical-'))
afterAll(() => rm(scratch, {recursive: true, force: true}))

/** Each file of the folders, with the start of its SHA-256: one line a file, sorted. */
async function digestsOf(...dirs: string[]): Promise<string> {
  const lines: string[] = []
  for (const dir of dirs) {
    for (const file of await filesUnder(dir, '')) {
      const digest = createHash('sha256')
        .update(await readFile(file))
        .digest('hex')
        .slice(0, 16)
      lines.push(`${digest}  ${relative(scratch, file)}`)
    }
  }
  return `${lines.join('\n')}\n`
}

async function built(options: BuildOptions): Promise<void> {
  const result = await build({now, cache: false, ...options})
  if (!result.ok) throw new Error(result.diagnostics.map(formatDiagnostic).join('\n'))
}

describe('the output', () => {
  it("should be byte for byte what the golden list pins for the project's content, partner bundle included", async () => {
    const outDir = join(scratch, 'content')
    const partnerBundle = join(scratch, 'partners')
    await built({root: repoRoot, outDir, partnerBundle})
    await expect(await digestsOf(outDir, partnerBundle)).toMatchFileSnapshot('./__golden__/content-output.txt')
  })

  it('should be byte for byte what the golden list pins for a generated corpus, in one thread and in two, from any working folder', async () => {
    const corpus = await generateCorpus({releases: 40, seed: 11, out: join(scratch, 'corpus')})
    await built({root: corpus.dir, outDir: join(scratch, 'generated-1'), jobs: 1})
    // The command, run inside the site's folder as an editor runs it: nothing may depend on where that is.
    const command = runCli(['build', '--out', join(scratch, 'generated-2'), '--jobs', '2', '--now', now.toISOString(), '--no-cache'], corpus.dir)
    expect(command.status, command.stderr).toBe(0)
    const [one, two] = await Promise.all([digestsOf(join(scratch, 'generated-1')), digestsOf(join(scratch, 'generated-2'))])
    expect(two.replaceAll('generated-2/', 'generated-1/')).toBe(one)
    await expect(one).toMatchFileSnapshot('./__golden__/generated-output.txt')
  })
})
