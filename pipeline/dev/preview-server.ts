import {createServer, type ServerResponse} from 'node:http'
import type {AddressInfo} from 'node:net'
import type {OverlayProblem} from './overlay-problems.ts'
import {eventsPath, readClientModules, withReloadClient} from './reload-client.ts'
import type {Served} from './site-renderer.ts'

/**
 * What a browser learns after each build: a new id means reload — only the pages in `changed`,
 * when the build says which changed — and problems mean the error overlay. A failed build keeps
 * the id of the last good one, which is what the server still serves.
 */
export type BuildEvent =
  | {readonly ok: true; readonly id: number; readonly changed?: readonly string[]}
  | {readonly ok: false; readonly id: number; readonly problems: readonly OverlayProblem[]}

export interface PreviewServer {
  readonly url: string
  /** Tell every open page about a build. */
  announce(event: BuildEvent): void
  close(): Promise<void>
}

/** The port asked for cannot be listened on. */
export class PortUnavailable extends Error {
  override readonly name = 'PortUnavailable'
}

/**
 * Serve the site on 127.0.0.1, with live reload and the error overlay added to HTML pages. Pages
 * opened before the first `announce` learn of that build when it comes.
 */
export async function startPreviewServer(serve: (path: string) => Promise<Served>, port: number): Promise<PreviewServer> {
  const listeners = new Set<ServerResponse>()
  let last: BuildEvent | undefined
  const client = await readClientModules()

  const server = createServer(async (request, response) => {
    const path = request.url ?? '/'
    if (path === eventsPath) {
      response.writeHead(200, {'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive'})
      if (last) response.write(`event: build\ndata: ${JSON.stringify(last)}\n\n`)
      listeners.add(response)
      request.on('close', () => listeners.delete(response))
      return
    }
    const module = client.get(path)
    if (module !== undefined) {
      response.writeHead(200, {'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store'})
      response.end(module)
      return
    }
    try {
      const served = await serve(path)
      const body = served.mediaType.startsWith('text/html') ? withReloadClient(withNotice(String(served.body), served.notice)) : served.body
      response.writeHead(served.status, {'content-type': served.mediaType, 'cache-control': 'no-store'})
      response.end(body)
    } catch (error) {
      response.writeHead(500, {'content-type': 'text/plain; charset=utf-8'})
      response.end(`Matbuot could not render ${path}:\n${(error as Error).message}`)
    }
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(unavailable(error, port)))
    server.listen(port, '127.0.0.1', resolve)
  })
  const {port: actual} = server.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${actual}/`,
    announce(event) {
      last = event
      for (const listener of listeners) listener.write(`event: build\ndata: ${JSON.stringify(event)}\n\n`)
    },
    async close() {
      for (const listener of listeners) listener.end()
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    }
  }
}

/** A page with the preview's notice for it, if any, first in the body, where it is seen before anything else. */
function withNotice(html: string, notice: string | undefined): string {
  if (notice === undefined) return html
  const body = /<body[^>]*>/.exec(html)
  if (!body) return notice + html
  const at = body.index + body[0].length
  return html.slice(0, at) + notice + html.slice(at)
}

const portProblems: Readonly<Record<string, (port: number) => string>> = {
  EADDRINUSE: (port) => `port ${port} is already in use; choose another with --port or leave it out for a free one`,
  EACCES: (port) => `port ${port} needs privileges this user lacks; choose one from 1024 up with --port or leave it out for a free one`
}

function unavailable(error: NodeJS.ErrnoException, port: number): Error {
  const problem = error.code === undefined ? undefined : portProblems[error.code]
  return problem ? new PortUnavailable(problem(port), {cause: error}) : error
}
