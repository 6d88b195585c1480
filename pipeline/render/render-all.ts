import {availableParallelism} from 'node:os'
import {Piscina} from 'piscina'
import {workerScript} from '../runtime.ts'
import {codeFingerprint} from '../version.ts'
import {renderKey, type RenderCache} from './render-cache.ts'
import {renderUnit, type RenderContext, type RenderedBody, type RenderedRelease, type RenderUnit} from './render-release.ts'

export interface RenderAllOptions {
  /** Threads to render in (default: the machine's cores; 1 renders in this thread). */
  readonly jobs?: number
  readonly cache?: RenderCache
  readonly onProgress?: (done: number, total: number) => void
}

export interface RenderAllResult {
  /** One entry per unit, in the order given. */
  readonly results: readonly RenderedRelease[][]
  /** Units that had to be rendered (the rest came from the cache). */
  readonly rendered: number
}

// Below this many units a pool costs more to start than it saves.
const smallestPoolBatch = 16

/**
 * Render every unit, taking what the cache has and rendering the rest across worker threads.
 * What crosses threads is plain data: the context once per thread, a unit per task.
 */
export async function renderAll(units: readonly RenderUnit[], context: RenderContext, options: RenderAllOptions = {}): Promise<RenderAllResult> {
  const jobs = Math.max(1, options.jobs ?? availableParallelism())
  const salt = codeFingerprint()
  const keys = units.map((unit) => renderKey(unit, context, salt))
  const results: (RenderedRelease[] | undefined)[] = options.cache ? await Promise.all(keys.map((key) => options.cache!.get(key))) : units.map(() => undefined)
  const missing = results.flatMap((result, index) => (result ? [] : [index]))
  let done = units.length - missing.length
  options.onProgress?.(done, units.length)

  const store = async (index: number, bodies: RenderedBody[]) => {
    const rendered = bodies.map((body) => ({...body, key: `${keys[index]}:${body.locale}`}))
    results[index] = options.cache ? await options.cache.set(keys[index]!, rendered) : rendered
    options.onProgress?.(++done, units.length)
  }
  if (jobs === 1 || missing.length < smallestPoolBatch) {
    for (const index of missing) await store(index, renderUnit(units[index]!, context))
  } else {
    const pool = new Piscina({filename: workerScript('render-worker').href, workerData: context, maxThreads: jobs, minThreads: jobs})
    try {
      await Promise.all(missing.map(async (index) => store(index, (await pool.run(units[index])) as RenderedBody[])))
    } finally {
      await pool.destroy()
    }
  }
  return {results: results as RenderedRelease[][], rendered: missing.length}
}
