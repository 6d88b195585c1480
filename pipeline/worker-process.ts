import {fork, type ChildProcess} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {workerScript, type WorkerEntry} from './runtime.ts'

/*
 * A process of Matbuot's own, for work whose memory or native children must not stay with the
 * build: what a process allocates goes back to the system when it ends, where a thread's native
 * memory stays in the build's allocator, and a process's orphans are reaped by the system. The
 * build asks it requests, several at once if it likes, and stops it when done; it answers each.
 */

type Message<Request> = {readonly id: number; readonly request: Request} | 'stop'
type Reply<Answer> = {readonly id: number} & ({readonly answer: Answer} | {readonly error: string})

/** The build's side: a started process, asked requests and answered by id. */
export class WorkerProcess<Request, Answer> {
  // Structured clone ('advanced') carries bytes as they are, not as JSON.
  private readonly child: ChildProcess
  private readonly exited: Promise<void>
  private readonly waiting = new Map<number, {resolve: (answer: Answer) => void; reject: (error: Error) => void}>()
  private nextId = 0

  /** `what` names the process in the error of a request it could not answer, e.g. `a search process`. */
  constructor(
    entry: WorkerEntry,
    private readonly what: string
  ) {
    this.child = fork(fileURLToPath(workerScript(entry)), [], {serialization: 'advanced', execArgv: []})
    this.child.on('message', (reply: Reply<Answer>) => {
      const waiting = this.waiting.get(reply.id)
      this.waiting.delete(reply.id)
      if ('error' in reply) waiting?.reject(new Error(reply.error))
      else waiting?.resolve(reply.answer)
    })
    this.exited = new Promise((resolve) =>
      this.child.once('exit', (code, signal) => {
        for (const {reject} of this.waiting.values())
          reject(new Error(`${this.what} stopped before it answered, ${signal ? `by ${signal}` : `with exit status ${code}`}`))
        this.waiting.clear()
        resolve()
      })
    )
  }

  ask(request: Request): Promise<Answer> {
    return new Promise((resolve, reject) => {
      if (!this.child.connected) return reject(new Error(`${this.what} stopped before it was asked`))
      const id = this.nextId++
      this.waiting.set(id, {resolve, reject})
      this.child.send({id, request} satisfies Message<Request>)
    })
  }

  /** Let the process finish what it does and end; resolves once it has. */
  async stop(): Promise<void> {
    if (this.child.connected) this.child.send('stop' satisfies Message<Request>)
    await this.exited
  }
}

/** The process's side: answer each request with `handle`; told to stop, `beforeStopping`, then end. */
export function answerRequests<Request, Answer>(handle: (request: Request) => Promise<Answer>, beforeStopping?: () => Promise<void>): void {
  const answering = new Set<Promise<void>>()
  process.on('message', async (message: Message<Request>) => {
    if (message === 'stop') {
      await Promise.allSettled(answering)
      await beforeStopping?.()
      process.disconnect!()
      return
    }
    const answered = handle(message.request).then(
      (answer): Reply<Answer> => ({id: message.id, answer}),
      (error: unknown): Reply<Answer> => ({id: message.id, error: error instanceof Error ? error.message : String(error)})
    )
    // Sent in full before the process may end.
    const sent = answered.then((reply) => new Promise<void>((resolve) => process.send!(reply, undefined, undefined, () => resolve())))
    answering.add(sent)
    await sent
    answering.delete(sent)
  })
}
