import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {timeCommand} from '../measure.ts'
import type {Peer} from '../peers.ts'
import type {CaseResult} from './case-result.ts'
import {repeat, type CaseContext} from './context.ts'

const config = fileURLToPath(new URL('../eleventy/eleventy.config.js', import.meta.url))

/** Eleventy 3's full build of the same corpus (a page per release-language, an Atom feed per language). */
export async function eleventyFullCase(context: CaseContext, eleventy: Extract<Peer, {found: true}>): Promise<CaseResult> {
  const input = join(context.corpus.dir, 'eleventy')
  const output = join(context.corpus.dir, '.out', 'eleventy')
  return repeat(context, 'eleventyFull', async () => {
    await context.trash.discard(output)
    const run = await timeCommand(eleventy.command, [...eleventy.args, `--config=${config}`, '--input=.', `--output=${output}`, '--quiet'], {
      cwd: input
    })
    return run.sample
  })
}
