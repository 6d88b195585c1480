import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {timeCommand} from '../measure.ts'
import type {CaseResult} from './case-result.ts'
import {repeat, type CaseContext} from './context.ts'

const repoRoot = fileURLToPath(new URL('../../', import.meta.url))
const floorScript = fileURLToPath(new URL('../floor.ts', import.meta.url))

/**
 * The floor's cases: all in the main thread, or dealt out over two worker threads; and in two
 * threads with GFM parsed too (tables, footnotes, literal autolinks), as Matbuot's releases are.
 */
const argsOf = {floor: [], floorTwoThreads: ['--threads', '2'], floorGfmTwoThreads: ['--threads', '2', '--gfm']} as const

/** The floor, run with tsx as Matbuot is, from the repo root where `--import tsx` resolves. */
export async function floorCase(context: CaseContext, id: keyof typeof argsOf): Promise<CaseResult> {
  const content = join(context.corpus.dir, 'content')
  return repeat(
    context,
    id,
    async () => (await timeCommand(process.execPath, ['--import', 'tsx', floorScript, content, ...argsOf[id]], {cwd: repoRoot})).sample
  )
}
