import {join} from 'node:path'
import {clauseTitle} from '../corpus/render-text.ts'
import {pagePath} from '../corpus/matbuot-shape.ts'
import {startServer, timeSaveToServed, waitForPage} from '../dev-server.ts'
import {formatMemory} from '../format.ts'
import {caseLabels, type CaseId, type CaseResult} from './case-result.ts'
import {editedRelease, repeat, type CaseContext} from './context.ts'
import {retitle} from './edits.ts'

export interface PreviewServer {
  readonly command: string
  readonly args: readonly string[]
  readonly port: number
  /** The line that says the first build is done and pages are served. */
  readonly ready: RegExp
  /** The edited release's English source, relative to the corpus folder. */
  readonly file: string
}

/**
 * A live-preview server timed the same way whoever made it: from saving a new headline in one
 * release until the server hands out that release's page with it. Unmeasured saves first, until
 * one is served, so every measured save finds the watcher ready and the rebuild path warm.
 */
export async function previewCase(context: CaseContext, id: CaseId, preview: PreviewServer): Promise<CaseResult> {
  const release = editedRelease(context.corpus)
  const file = join(context.corpus.dir, preview.file)
  const server = await startServer(preview.command, preview.args, {cwd: context.corpus.dir, ready: preview.ready, timeoutMs: 30 * 60_000})
  try {
    const url = `http://127.0.0.1:${preview.port}${pagePath(release, 'en')}`
    const title = clauseTitle(release.title, 'en')
    const titled = (suffix: string) => `${title} (${suffix})`
    await waitForPage(url, title, 120_000)
    await warmUp(context, id, {file, url, titleFor: (attempt) => titled(`warm-up ${attempt}`)})
    const result = await repeat(context, id, async (run) => {
      const next = titled(`revision ${run}`)
      return {wallMs: await timeSaveToServed(() => retitle(file, next), url, next)}
    })
    // The server's own memory, read before it stops: its peak, which its first build may have set, and what it holds now.
    const {peakKiB, residentKiB} = server.memory()
    if (peakKiB === undefined) context.note(`${caseLabels[id]}: the server's memory could not be read (/proc/${server.pid}/status)`)
    else context.note(`${caseLabels[id]}: server process peak RSS ${formatMemory(peakKiB)}, ${formatMemory(residentKiB)} resident at the end`)
    const memory = {...(peakKiB === undefined ? {} : {peakRssKiB: peakKiB}), ...(residentKiB === undefined ? {} : {endRssKiB: residentKiB})}
    return 'summary' in result ? {...result, summary: {...result.summary, ...memory}} : result
  } finally {
    await server.stop()
  }
}

/**
 * A server may say it serves before its file watcher is ready, and miss a save made then: save
 * again, waiting longer each time (a slow rebuild must get to finish), until one is served. Only
 * then do the measured saves start.
 */
async function warmUp(context: CaseContext, id: CaseId, edit: {file: string; url: string; titleFor: (attempt: number) => string}): Promise<void> {
  const attempts = 8
  for (let attempt = 1; attempt <= attempts; attempt++) {
    await retitle(edit.file, edit.titleFor(attempt))
    try {
      await waitForPage(edit.url, edit.titleFor(attempt), 10_000 * attempt)
      if (attempt > 1) context.note(`${caseLabels[id]}: ${attempt - 1} save(s) right after the server said it was serving were missed`)
      return
    } catch {
      // Not seen yet: save again.
    }
  }
  throw new Error(`${edit.url} never showed a saved change in ${attempts} saves`)
}
