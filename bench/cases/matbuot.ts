import {existsSync} from 'node:fs'
import {mkdir, writeFile} from 'node:fs/promises'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {extraRelease} from '../corpus/extra-release.ts'
import {matbuotPath} from '../corpus/matbuot-shape.ts'
import {clauseTitle} from '../corpus/render-text.ts'
import {freePort} from '../dev-server.ts'
import {formatMs} from '../format.ts'
import {median, timeCommand, type ImageWork, type Sample} from '../measure.ts'
import {measureQueries} from '../search-query.ts'
import type {CaseId, CaseResult} from './case-result.ts'
import {attempt, editedRelease, repeat, type CaseContext} from './context.ts'
import {appendSentence} from './edits.ts'
import {previewCase} from './preview.ts'
import {matbuotBuildIds} from './selection.ts'
import {withTemplateEdits} from './template-edit.ts'

const matbuot = fileURLToPath(new URL('../../pipeline/matbuot.js', import.meta.url))

/**
 * Matbuot's build cases on one corpus, as an editor runs the command: from the corpus folder, with
 * no extra flags but `--jobs 1` for that case. They share dist/ and .cache/, so they run in this
 * order, each starting from the state the one before it left; the chosen ones only.
 */
export async function matbuotBuildCases(context: CaseContext, chosen: ReadonlySet<CaseId>): Promise<CaseResult[]> {
  const dir = context.corpus.dir
  const results: CaseResult[] = []
  /** Whether every run of the case succeeded. */
  const measured = async (id: CaseId, measure: (run: number) => Promise<Sample>): Promise<boolean> => {
    const result = await attempt(context, id, () => repeat(context, id, measure))
    results.push(...result)
    return result.every((r) => 'summary' in r)
  }
  let published: string | undefined
  // What each measured build says it spent on the search index, when site.yaml turns search on.
  let indexing: number[] = []
  const build = async (args: readonly string[] = []) => {
    const run = await timeCommand(process.execPath, [matbuot, 'build', ...args], {cwd: dir})
    // Matbuot publishes every language site.yaml enables, which may be more than the corpus's three.
    published ??= /^\s*releases: (.*)$/m.exec(run.output)?.[1]
    const searchIndex = /^\s*search index: ([\d.]+) s$/m.exec(run.output)?.[1]
    if (searchIndex !== undefined) indexing.push(Number(searchIndex) * 1000)
    return {...run.sample, ...imageWorkIn(run.output)}
  }
  /** Notes the search index's share of a case's builds (their median), and starts counting afresh for the next. */
  const noteIndexing = (what: string) => {
    if (indexing.length > 0) context.note(`Matbuot search index, ${what}: ${formatMs(median(indexing))} of each build (median)`)
    indexing = []
  }
  const cold = async (args: readonly string[] = []) => {
    await context.trash.discard(join(dir, 'dist'))
    await context.trash.discard(join(dir, '.cache'))
    return build(args)
  }
  /** Unmeasured, to bring dist/ and .cache/ to the state the next case expects. */
  const prepare = async (why: string): Promise<boolean> => {
    context.note(`Matbuot: one unmeasured build ${why}`)
    try {
      await build()
      return true
    } catch (error) {
      context.log(`  The unmeasured build failed: ${(error as Error).message}`)
      return false
    }
  }

  // The command compiles itself when its sources changed (pipeline/bundle.js): not a cost of the first case.
  try {
    await timeCommand(process.execPath, [matbuot, '--version'], {cwd: dir})
  } catch (error) {
    context.log(`  Matbuot does not start: ${(error as Error).message}`)
    const reason = `failed: matbuot does not start (${(error as Error).message.split('\n')[0]})`
    return matbuotBuildIds.filter((id) => chosen.has(id)).map((id) => ({id, skipped: reason}))
  }

  let built = false
  if (chosen.has('matbuotCold')) built = await measured('matbuotCold', () => cold())
  noteIndexing('cold build')
  if (chosen.has('matbuotColdJobs1')) built = await measured('matbuotColdJobs1', () => cold(['--jobs', '1']))
  indexing = []
  if (published) context.note(`Matbuot published: ${published}`)

  const later = (['matbuotWarm', 'matbuotOneChanged', 'matbuotOneAdded', 'matbuotTemplateChange'] as const).filter((id) => chosen.has(id))
  if (later.length === 0) return results
  if (!built && !(await prepare('first, since no cold case was run: the cases after it need a built site'))) {
    return [...results, ...later.map((id) => ({id, skipped: 'failed: the build that prepares it failed'}))]
  }

  // A cold build left dist/ and whatever cache Matbuot keeps: the state of a warm build.
  if (chosen.has('matbuotWarm')) await measured('matbuotWarm', () => build())
  if (chosen.has('matbuotOneChanged')) {
    const edited = join(dir, matbuotPath(editedRelease(context.corpus), 'en'))
    indexing = []
    await measured('matbuotOneChanged', async (run) => {
      await appendSentence(edited, run)
      return build()
    })
    noteIndexing('one release changed')
    await noteSearchQueries(context)
  }
  if (chosen.has('matbuotOneAdded')) {
    const added = addedReleases(context)
    try {
      await measured('matbuotOneAdded', async (run) => {
        await added.add(run)
        return build()
      })
    } finally {
      // Later cases, and the peers' servers, see the corpus as it was generated.
      await added.remove()
    }
    if (chosen.has('matbuotTemplateChange'))
      await prepare('after the added releases were taken out again, so that the template case measures only its own change')
  }
  if (chosen.has('matbuotTemplateChange')) {
    await withTemplateEdits((edit) =>
      measured('matbuotTemplateChange', async (run) => {
        edit(run)
        return build()
      })
    )
    await prepare('with the template restored, so that no later build pays for putting it back')
  }
  return results
}

/** The image work a build's summary reports (`images: made 12 renditions in 0.40 s`). */
function imageWorkIn(output: string): {images?: ImageWork} {
  const found = /^\s*images: made (\d+) renditions? in ([\d.]+) s$/m.exec(output)
  return found ? {images: {made: Number(found[1]), ms: Number(found[2]) * 1000}} : {}
}

/**
 * What a reader downloads for a query on the English search page of the site just built: a word
 * every release has, and the headline of the edited release. Nothing when the site has no search.
 */
async function noteSearchQueries(context: CaseContext): Promise<void> {
  const dist = join(context.corpus.dir, 'dist')
  if (!existsSync(join(dist, 'pagefind'))) return
  const headline = clauseTitle(editedRelease(context.corpus).title, 'en')
  const queries = [`/en/search/?q=Tashkent`, `/en/search/?q=${encodeURIComponent(headline)}`]
  try {
    for (const query of await measureQueries(dist, queries)) {
      const kB = (bytes: number) => `${Math.round(bytes / 1000)} kB`
      context.note(
        `Matbuot search, ${decodeURIComponent(query.path)} (${query.status}): ${kB(query.indexBytes)} of index in ${query.indexFiles} files, ` +
          `${kB(query.resultBytes)} of results' text, ${kB(query.engineBytes)} of Pagefind's script and WebAssembly (once per visit)`
      )
    }
  } catch (error) {
    context.log(`  The search query could not be measured: ${(error as Error).message}`)
  }
}

/** New releases written into the corpus one run at a time, and taken out again at the end. */
function addedReleases(context: CaseContext) {
  const files: string[] = []
  const folders: string[] = []
  return {
    async add(nth: number): Promise<void> {
      for (const file of extraRelease(context.corpus, nth).files) {
        const path = join(context.corpus.dir, file.path)
        // A new month's (or year's) folder goes too when the releases are taken out.
        const made = await mkdir(dirname(path), {recursive: true})
        if (made !== undefined) folders.push(made)
        files.push(path)
        await writeFile(path, file.content)
      }
    },
    async remove(): Promise<void> {
      for (const path of [...files, ...folders]) await context.trash.discard(path)
    }
  }
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
