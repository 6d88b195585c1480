import {createServer, type Server} from 'node:http'
import {readFile, stat} from 'node:fs/promises'
import type {AddressInfo} from 'node:net'
import {join, resolve, sep} from 'node:path'
import {contentType, mediaTypeOf} from '../../pipeline/config/media-types.ts'

export interface StaticServer {
  /** `http://127.0.0.1:<port>`, without a trailing slash: usable as a site's base URL. */
  readonly origin: string
  /** Serve this folder from now on (a site can be built for the origin, then served). */
  serve(folder: string): void
  close(): Promise<void>
}

export interface StaticServerOptions {
  /** Extra response headers for a served file, by its URL path (default: none). */
  readonly headers?: (pathname: string) => Readonly<Record<string, string>>
}

/** A static file server on 127.0.0.1 and a free port, as a host would serve `dist/`. */
export async function startStaticServer(options: Readonly<StaticServerOptions> = {}): Promise<StaticServer> {
  let root: string | undefined
  const server: Server = createServer((request, response) => {
    void respond(request.url ?? '/').then(({status, type, body, pathname}) => {
      response.writeHead(status, {'content-type': type, 'cache-control': 'no-store', ...(pathname ? options.headers?.(pathname) : {})})
      response.end(body)
    })
  })

  async function respond(url: string): Promise<{status: number; type: string; body: Buffer | string; pathname?: string}> {
    if (!root) return {status: 503, type: 'text/plain', body: 'no site yet'}
    let pathname: string
    try {
      pathname = decodeURIComponent(new URL(url, 'http://127.0.0.1').pathname)
    } catch {
      return {status: 400, type: 'text/plain', body: 'bad path'}
    }
    const file = resolve(root, `.${pathname}`)
    if (file !== root && !file.startsWith(root + sep)) return {status: 403, type: 'text/plain', body: 'outside the site'}
    const target = (await isDirectory(file)) ? join(file, 'index.html') : file
    try {
      return {status: 200, type: contentType(mediaTypeOf(target)), body: await readFile(target), pathname}
    } catch {
      return {status: 404, type: 'text/plain', body: 'not found'}
    }
  }

  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const {port} = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    serve(folder) {
      root = resolve(folder)
    },
    close: () =>
      new Promise<void>((done, fail) => {
        server.close((error) => (error ? fail(error) : done()))
        server.closeAllConnections()
      })
  }
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory()
  } catch {
    return false
  }
}
