import {Worker} from 'node:worker_threads'
import type {BuildOptions} from '../build.ts'
import {ensureBundle} from '../bundle.js'
import {projectRoot, runsFromBundle, workerScript} from '../runtime.ts'
import type {WorkerError, WorkerRequest} from './site-worker.ts'
import type {RebuildResult, Served} from './site-renderer.ts'

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never
type Pending = {resolve: (value: unknown) => void; reject: (error: Error) => void}

/** The preview's handle on the site thread: requests in, answers out, one promise each. */
export class SiteThread {
  private readonly worker: Worker
  private readonly pending = new Map<number, Pending>()
  private readonly inFlight = new Set<Promise<unknown>>()
  private nextId = 0
  private exited = false

  /** `script`: the thread's entry, when not the running code's (see `currentSiteWorker`). */
  constructor(options: BuildOptions, script: URL = workerScript('site-worker')) {
    this.worker = new Worker(script, {workerData: options})
    this.worker.on('message', ({id, value, error}: {id: number; value?: unknown; error?: WorkerError}) => {
      const pending = this.pending.get(id)
      this.pending.delete(id)
      if (error !== undefined) pending?.reject(fromWorkerError(error))
      else pending?.resolve(value)
    })
    this.worker.on('error', (error) => this.rejectAll(error as Error))
    // A thread that is gone answers nothing more: no request may wait for it forever.
    this.worker.on('exit', () => {
      this.exited = true
      this.rejectAll(stoppedError())
    })
  }

  /** `changed`: the files saved since the last rebuild, when known. */
  rebuild(changed?: readonly string[]): Promise<RebuildResult> {
    return this.request({type: 'rebuild', ...(changed ? {changed} : {})})
  }

  serve(path: string): Promise<Served> {
    return this.request({type: 'serve', path})
  }

  async stop(): Promise<void> {
    await this.worker.terminate()
  }

  /** Stop once the requests already sent are answered, so no page being served is cut off. */
  async retire(): Promise<void> {
    await Promise.allSettled([...this.inFlight])
    await this.stop()
  }

  private rejectAll(error: Error): void {
    for (const p of this.pending.values()) p.reject(error)
    this.pending.clear()
  }

  private request<T>(request: WithoutId<WorkerRequest>): Promise<T> {
    if (this.exited) return Promise.reject(stoppedError())
    const id = this.nextId++
    const answer = new Promise<T>((resolve, reject) => {
      // The thread answers each request with the type its caller asks for.
      this.pending.set(id, {resolve: (value) => resolve(value as T), reject})
      this.worker.postMessage({...request, id})
    })
    this.inFlight.add(answer)
    const settled = () => this.inFlight.delete(answer)
    answer.then(settled, settled)
    return answer
  }
}

/**
 * The site thread's entry for the code as it is now, which may be newer than the running code:
 * from a bundle of the current sources (built if need be) when running from a bundle.
 */
export async function currentSiteWorker(): Promise<URL> {
  return workerScript('site-worker', runsFromBundle ? await ensureBundle(projectRoot) : undefined)
}

function stoppedError(): Error {
  return new Error('the preview’s site thread has stopped')
}

/** The thread's error as the main thread's, name, code and path kept, so it is told apart from a bug the same way. */
function fromWorkerError({name, message, stack, ...fields}: WorkerError): Error {
  const error = Object.assign(new Error(message), fields)
  error.name = name
  if (stack !== undefined) error.stack = stack
  return error
}
