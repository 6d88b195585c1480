import {parentPort, workerData} from 'node:worker_threads'
import type {BuildOptions} from '../build.ts'
import {SiteRenderer} from './site-renderer.ts'

/** Requests the preview server sends to the thread that holds the site. */
export type WorkerRequest = {readonly id: number; readonly type: 'rebuild'} | {readonly id: number; readonly type: 'serve'; readonly path: string}

// The site lives in its own thread so that a change to the templates' code can be picked up by
// starting a fresh thread, with fresh modules, while the server and its browsers stay connected.
const renderer = new SiteRenderer(workerData as BuildOptions)
parentPort!.on('message', async (request: WorkerRequest) => {
  try {
    const value = request.type === 'rebuild' ? await renderer.rebuild() : await renderer.serve(request.path)
    parentPort!.postMessage({id: request.id, value})
  } catch (error) {
    parentPort!.postMessage({id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error)})
  }
})
