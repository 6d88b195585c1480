import {parentPort, workerData} from 'node:worker_threads'
import type {BuildOptions} from '../build.ts'
import {SiteRenderer} from './site-renderer.ts'

/** Requests the preview server sends to the thread that holds the site. */
export type WorkerRequest =
  | {readonly id: number; readonly type: 'rebuild'; readonly changed?: readonly string[]}
  | {readonly id: number; readonly type: 'serve'; readonly path: string}

/** An error as it crosses to the main thread: what it says, and what tells a file-system failure from a bug. */
export interface WorkerError {
  readonly name: string
  readonly message: string
  readonly stack?: string
  readonly code?: string
  readonly syscall?: string
  readonly path?: string
  readonly dest?: string
}

// The site lives in its own thread so that a change to the templates' code can be picked up by
// starting a fresh thread, with fresh modules, while the server and its browsers stay connected.
const renderer = new SiteRenderer(workerData as BuildOptions)
parentPort!.on('message', async (request: WorkerRequest) => {
  try {
    const value = request.type === 'rebuild' ? await renderer.rebuild(request.changed) : await renderer.serve(request.path)
    parentPort!.postMessage({id: request.id, value})
  } catch (error) {
    parentPort!.postMessage({id: request.id, error: toWorkerError(error)})
  }
})

function toWorkerError(error: unknown): WorkerError {
  if (!(error instanceof Error)) return {name: 'Error', message: String(error)}
  const {code, syscall, path, dest} = error as NodeJS.ErrnoException & {dest?: string}
  return {
    name: error.name,
    message: error.message,
    ...(error.stack === undefined ? {} : {stack: error.stack}),
    ...(code === undefined ? {} : {code}),
    ...(syscall === undefined ? {} : {syscall}),
    ...(path === undefined ? {} : {path}),
    ...(dest === undefined ? {} : {dest})
  }
}
