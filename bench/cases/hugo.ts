import {join} from 'node:path'
import {hugoPath} from '../corpus/hugo-shape.ts'
import {freePort} from '../dev-server.ts'
import {timeCommand} from '../measure.ts'
import type {Peer} from '../peers.ts'
import type {CaseResult} from './case-result.ts'
import {editedRelease, repeat, type CaseContext} from './context.ts'
import {previewCase} from './preview.ts'

type FoundPeer = Extract<Peer, {found: true}>

/** Hugo's full build of the same corpus (HTML, AMP, RSS, tag and home pages), into an empty folder. */
export async function hugoFullCase(context: CaseContext, hugo: FoundPeer): Promise<CaseResult> {
  const source = join(context.corpus.dir, 'hugo')
  const destination = join(context.corpus.dir, '.out', 'hugo')
  return repeat(context, 'hugoFull', async () => {
    await context.trash.discard(destination)
    const run = await timeCommand(hugo.command, [...hugo.args, '--quiet', '--source', source, '--destination', destination], {
      cwd: context.corpus.dir
    })
    return run.sample
  })
}

/**
 * `hugo server` with its defaults (rendering to memory, fast render mode, live reload), timed as
 * `matbuot dev` is: from saving a new headline until the page is served with it.
 */
export async function hugoServerCase(context: CaseContext, hugo: FoundPeer): Promise<CaseResult> {
  const port = await freePort()
  return previewCase(context, 'hugoServer', {
    command: hugo.command,
    args: [...hugo.args, 'server', '--source', join(context.corpus.dir, 'hugo'), '--port', String(port), '--bind', '127.0.0.1'],
    port,
    ready: /Web Server is available at/,
    file: hugoPath(editedRelease(context.corpus), 'en')
  })
}
