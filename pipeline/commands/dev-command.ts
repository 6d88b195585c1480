import chokidar from 'chokidar'
import {resolvePaths} from '../build.ts'
import {formatDiagnostic} from '../diagnostics/diagnostic.ts'
import {startPreviewServer, type BuildEvent, type PreviewServer} from '../dev/preview-server.ts'
import type {RebuildResult} from '../dev/site-renderer.ts'
import {SiteThread} from '../dev/site-thread.ts'
import {colors, describeDiagnostic, plural} from '../report/terminal.ts'
import {projectFile} from '../runtime.ts'
import {buildOptionsFrom, UsageError, type CommonFlags} from './common-options.ts'

const templatesDir = projectFile('pipeline/outputs/')

/**
 * `matbuot dev`: build, serve on 127.0.0.1, and on every saved change rebuild what changed and
 * reload the open pages. A broken edit shows its errors in the terminal and over the page; the
 * server keeps running and recovers on the next good save. Drafts are shown, marked.
 */
export async function devCommand(flags: CommonFlags & {port?: string | number}): Promise<number> {
  const port = flags.port === undefined ? 0 : Number(flags.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port: expected a port number from 0 to 65535, got "${flags.port}"`)
  const options = {...buildOptionsFrom(flags), drafts: true}
  const paths = resolvePaths(options)

  let thread = new SiteThread(options)
  let buildId = 0
  const first = await thread.rebuild()
  report(first, options.root!)
  let server: PreviewServer | undefined
  // One rebuild at a time; saves that arrive meanwhile are folded into one more.
  let running: Promise<void> | undefined
  let again = false
  let restartThread = false
  const rebuild = async () => {
    if (restartThread) {
      restartThread = false
      await thread.stop()
      thread = new SiteThread(options)
    }
    const result = await thread.rebuild()
    report(result, options.root!)
    server?.announce(eventFor(result, result.ok ? ++buildId : buildId))
  }
  const schedule = (path: string) => {
    if (path.startsWith(templatesDir)) restartThread = true
    if (running) {
      again = true
      return
    }
    running = (async () => {
      do {
        again = false
        await rebuild()
      } while (again)
    })().finally(() => (running = undefined))
  }

  // Editors' saves often truncate and then write: wait until a file stops changing, or a rebuild
  // could read it half-written and the last event of the save be folded away.
  const watcher = chokidar.watch([paths.contentDir, paths.localesDir, paths.configFile, templatesDir], {
    ignoreInitial: true,
    awaitWriteFinish: {stabilityThreshold: 40, pollInterval: 10}
  })
  watcher.on('all', (_event, path) => schedule(path))
  // Announce the server only once the watcher sees every file, so no save made after the URL is printed is missed.
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()))
  const preview = await startPreviewServer((path) => thread.serve(path), port, eventFor(first, ++buildId))
  server = preview
  console.log(colors.bold(`Preview at ${preview.url}`) + colors.dim('  (Ctrl+C to stop)'))

  return new Promise((resolve) => {
    const stop = async () => {
      await watcher.close()
      await preview.close()
      await thread.stop()
      resolve(0)
    }
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  })
}

function eventFor(result: RebuildResult, id: number): BuildEvent {
  if (result.ok) return {ok: true, id}
  return {ok: false, errors: result.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic).join('\n')}
}

function report(result: RebuildResult, root: string): void {
  for (const d of result.diagnostics.filter((d) => d.severity !== 'info')) console.error(describeDiagnostic(d, root))
  const time = `${Math.round(result.durationMs)} ms`
  if (result.ok) console.log(colors.green(`Built in ${time}`) + colors.dim(` (${plural(result.rendered, 'source file')} rendered)`))
  else console.error(colors.red(`Build failed in ${time}; still serving the last good site. Fix the file and save again.`))
}
