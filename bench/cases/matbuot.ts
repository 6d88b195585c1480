import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {matbuotPath} from '../corpus/matbuot-shape.ts'
import {freePort} from '../dev-server.ts'
import {timeCommand} from '../measure.ts'
import type {CaseResult} from './case-result.ts'
import {editedRelease, repeat, type CaseContext} from './context.ts'
import {appendSentence} from './edits.ts'
import {previewCase} from './preview.ts'

const matbuot = fileURLToPath(new URL('../../pipeline/matbuot.js', import.meta.url))

/** Matbuot as an editor runs it, from the corpus folder, with no extra flags. */
export async function matbuotBuildCases(context: CaseContext): Promise<CaseResult[]> {
  const dir = context.corpus.dir
  let published: string | undefined
  const build = async () => {
    const run = await timeCommand(process.execPath, [matbuot, 'build'], {cwd: dir})
    // Matbuot publishes every language site.yaml enables, which may be more than the corpus's three.
    published ??= /^\s*releases: (.*)$/m.exec(run.output)?.[1]
    return run.sample
  }
  const edited = join(dir, matbuotPath(editedRelease(context.corpus), 'en'))

  const cold = await repeat(context, 'matbuotCold', async () => {
    await context.trash.discard(join(dir, 'dist'))
    await context.trash.discard(join(dir, '.cache'))
    return build()
  })
  if (published) context.note(`Matbuot published: ${published}`)
  // The last cold run left dist/ and whatever cache Matbuot keeps: the state of a warm build.
  const warm = await repeat(context, 'matbuotWarm', build)
  const oneChanged = await repeat(context, 'matbuotOneChanged', async (run) => {
    await appendSentence(edited, run)
    return build()
  })
  return [cold, warm, oneChanged]
}

/** `matbuot dev`: from saving a new headline until the preview serves the page with it. */
export async function matbuotDevCase(context: CaseContext): Promise<CaseResult> {
  const port = await freePort()
  return previewCase(context, 'matbuotDev', {
    command: process.execPath,
    args: [matbuot, 'dev', '--port', String(port)],
    port,
    ready: /Preview at http:\/\/127\.0\.0\.1:\d+\//,
    file: matbuotPath(editedRelease(context.corpus), 'en')
  })
}
