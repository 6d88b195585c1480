import {Worker} from 'node:worker_threads'
import type {BuildOptions} from '../build.ts'
import {workerScript} from '../runtime.ts'
import type {WorkerRequest} from './site-worker.ts'
import type {RebuildResult, Served} from './site-renderer.ts'

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never
type Pending = {resolve: (value: never) => void; reject: (error: Error) => void}

/** The preview's handle on the site thread: requests in, answers out, one promise each. */
export class SiteThread {
  private readonly worker: Worker
  private readonly pending = new Map<number, Pending>()
  private nextId = 0

  constructor(options: BuildOptions) {
    this.worker = new Worker(workerScript('site-worker'), {workerData: options})
    this.worker.on('message', ({id, value, error}: {id: number; value?: never; error?: string}) => {
      const pending = this.pending.get(id)
      this.pending.delete(id)
      if (error !== undefined) pending?.reject(new Error(error))
      else pending?.resolve(value as never)
    })
    this.worker.on('error', (error) => {
      for (const p of this.pending.values()) p.reject(error as Error)
      this.pending.clear()
    })
  }

  rebuild(): Promise<RebuildResult> {
    return this.request({type: 'rebuild'})
  }

  serve(path: string): Promise<Served> {
    return this.request({type: 'serve', path})
  }

  async stop(): Promise<void> {
    await this.worker.terminate()
  }

  private request<T>(request: WithoutId<WorkerRequest>): Promise<T> {
    const id = this.nextId++
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, {resolve: resolve as (value: never) => void, reject})
      this.worker.postMessage({...request, id})
    })
  }
}
