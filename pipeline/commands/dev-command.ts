import chokidar from 'chokidar'
import {resolvePaths} from '../build.ts'
import {catalog} from '../diagnostics/catalog.ts'
import {problem} from '../diagnostics/catalog-entry.ts'
import {startPreviewServer, type BuildEvent, type PreviewServer} from '../dev/preview-server.ts'
import {overlayProblems} from '../dev/overlay-problems.ts'
import type {RebuildResult} from '../dev/site-renderer.ts'
import {currentSiteWorker, SiteThread} from '../dev/site-thread.ts'
import {watchLauncher} from '../dev/watch-launcher.ts'
import {colors, describeDiagnostic, plural} from '../report/terminal.ts'
import {projectFile} from '../runtime.ts'
import {buildOptionsFrom, UsageError, type CommonFlags} from './common-options.ts'
import {expectedFailure} from './expected-failure.ts'
import {requireProject} from './project-folders.ts'

const templatesDir = projectFile('pipeline/outputs/')

// Ctrl+C, a polite kill, and the terminal going away.
const stopSignals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const

/** The shared options the preview uses: it serves from memory and always shows drafts. */
export const devCommandOptions = ['baseUrl', 'now', 'jobs', 'cache'] as const satisfies readonly (keyof CommonFlags)[]

/**
 * `matbuot dev`: build, serve on 127.0.0.1, and on every saved change rebuild what changed and
 * reload the open pages. A broken edit shows its errors in the terminal and over the page; the
 * server keeps running and recovers on the next good save. Drafts and embargoed releases are shown, marked. It stops on
 * a signal, and when the command that started it (npx, a shell, an editor) is gone.
 */
export async function devCommand(flags: Pick<CommonFlags, (typeof devCommandOptions)[number]> & {port?: string | number}): Promise<number> {
  const port = flags.port === undefined ? 0 : Number(flags.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(problem(catalog.invalidOption, '--port', `expected a port number from 0 to 65535, got "${flags.port}"`))
  const options = {...buildOptionsFrom(flags), drafts: true}
  const paths = resolvePaths(options)
  await requireProject(paths)

  // Every thread alive, so that stopping stops them all, a fresh one still building included.
  const threads = new Set<SiteThread>()
  const startThread = (script?: URL) => {
    const started = new SiteThread(options, script)
    threads.add(started)
    return started
  }
  const stopThread = async (stopped: SiteThread, when: 'now' | 'when idle' = 'now') => {
    await (when === 'now' ? stopped.stop() : stopped.retire())
    threads.delete(stopped)
  }
  let thread = startThread()
  let buildId = 0
  const firstBuild = thread.rebuild()
  firstBuild.catch(() => {})
  // Listen while the first build runs: a port that is taken is said at once, not after the build.
  const preview: PreviewServer = await startPreviewServer((path) => firstBuild.then(() => thread.serve(path)), port).catch(async (error: unknown) => {
    await stopThread(thread)
    throw error
  })

  let resolveStopped!: () => void
  const stopped = new Promise<void>((resolve) => (resolveStopped = resolve))
  let closing: Promise<void> | undefined
  let stopWatchingLauncher = () => {}
  const stop = () =>
    (closing ??= (async () => {
      stopWatchingLauncher()
      for (const signal of stopSignals) process.off(signal, stop)
      await Promise.allSettled([watcher.close(), preview.close(), ...[...threads].map((t) => stopThread(t))])
      resolveStopped()
    })())

  // One rebuild at a time, after the first; saves that arrive meanwhile are folded into one more.
  let running: Promise<void> | undefined
  const saved = new Set<string>()
  let again = false
  let restartThread = false
  const rebuild = async () => {
    const restarting = restartThread
    restartThread = false
    let fresh: SiteThread | undefined
    try {
      // Changed templates take a fresh thread, of the code as it is now; the old one serves until the fresh one has built.
      if (restarting) fresh = startThread(await currentSiteWorker())
      // The files saved since the last rebuild; a fresh thread knows no site to update, so builds it whole.
      const changed = [...saved]
      saved.clear()
      const result = await (fresh ?? thread).rebuild(fresh ? undefined : changed).catch((error: unknown) => {
        for (const path of changed) saved.add(path)
        throw error
      })
      // A save that did not build is still a change the next rebuild must see.
      if (!result.ok) for (const path of changed) saved.add(path)
      if (fresh && result.ok && !closing) {
        void stopThread(thread, 'when idle')
        thread = fresh
      } else if (fresh) {
        // Not built: the last good site stays, and the next save tries the new templates again.
        restartThread = true
        await stopThread(fresh)
      }
      report(result, options.root!)
      const event = await eventFor(result, result.ok ? ++buildId : buildId, options.root!)
      if (!closing) preview.announce(event)
    } catch (error) {
      // Not built, or the new code did not compile: the next save tries the new templates again.
      if (restarting) restartThread = true
      if (fresh) await stopThread(fresh)
      if (closing) return
      // The content folder deleted, a file unreadable: one line, and the last good site served meanwhile. A bug keeps its stack.
      const message = expectedFailure(error)?.message ?? (error instanceof Error ? (error.stack ?? error.message) : String(error))
      console.error(colors.red(`Build failed: ${message}`))
      preview.announce({ok: false, id: buildId, problems: [{message}]})
    }
  }
  const schedule = (path: string) => {
    if (closing) return
    saved.add(path)
    if (path.startsWith(templatesDir)) restartThread = true
    if (running) {
      again = true
      return
    }
    running = (async () => {
      await firstBuild.catch(() => {})
      do {
        again = false
        await rebuild()
      } while (again && !closing)
    })().finally(() => (running = undefined))
  }

  const watcher = chokidar.watch([paths.contentDir, paths.localesDir, paths.configFile, templatesDir], {
    ignoreInitial: true,
    // Editors' saves often truncate and then write: wait until a file stops changing, or a rebuild
    // could read it half-written and the last event of the save be folded away.
    awaitWriteFinish: {stabilityThreshold: 40, pollInterval: 10}
  })
  watcher.on('all', (_event, path) => schedule(path))
  const watching = new Promise<void>((resolve) => watcher.once('ready', () => resolve()))

  for (const signal of stopSignals) process.once(signal, stop)
  // Output to a reader that has gone (EPIPE, EIO) means whoever watched this server is gone too.
  for (const stream of [process.stdout, process.stderr]) stream.on('error', stop)
  stopWatchingLauncher = await watchLauncher(() => {
    console.error(colors.dim('The command that started the preview is gone; stopping.'))
    void stop()
  })

  const untilStopped = <T>(promise: Promise<T>) => Promise.race([promise, stopped.then(() => undefined)])
  try {
    const first = await untilStopped(firstBuild)
    if (first) {
      report(first, options.root!)
      preview.announce(await eventFor(first, ++buildId, options.root!))
    }
    // Announce the server only once the watcher sees every file, so no save made after the URL is printed is missed.
    await untilStopped(watching)
  } catch (error) {
    // A failure that a stop asked for meanwhile caused is no failure.
    if (closing) return closing.then(() => 0)
    await stop()
    throw error
  }
  if (!closing) console.log(colors.bold(`Preview at ${preview.url}`) + colors.dim('  (Ctrl+C to stop)'))
  await stopped
  return 0
}

async function eventFor(result: RebuildResult, id: number, root: string): Promise<BuildEvent> {
  if (result.ok) return {ok: true, id, ...(result.changed ? {changed: result.changed} : {})}
  return {
    ok: false,
    id,
    problems: await overlayProblems(
      result.diagnostics.filter((d) => d.severity === 'error'),
      root
    )
  }
}

function report(result: RebuildResult, root: string): void {
  for (const d of result.diagnostics.filter((d) => d.severity !== 'info')) console.error(describeDiagnostic(d, root))
  const time = `${Math.round(result.durationMs)} ms`
  if (result.ok) console.log(colors.green(`Built in ${time}`) + colors.dim(` (${plural(result.rendered, 'source file')} rendered)`))
  else console.error(colors.red(`Build failed in ${time}; still serving the last good site. Fix the file and save again.`))
}
