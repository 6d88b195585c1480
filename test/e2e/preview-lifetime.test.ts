import {spawnSync} from 'node:child_process'
import {createServer, type Server} from 'node:net'
import {describe, expect, it} from 'vitest'
import {runCli} from '../support/run-cli.ts'
import {copyOfProjectSite, startDev, startDevUnderParent} from '../support/preview.ts'

/** Resolves true once `promise` settles, false when `ms` pass first. */
function within(promise: Promise<unknown>, ms: number): Promise<boolean> {
  return Promise.race([promise.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms))])
}

function listen(port: number): Promise<Server> {
  const server = createServer()
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve(server))
  })
}

const close = (server: Server) => new Promise((resolve) => server.close(resolve))

/** Every process below `pid`, from ps, so a test can clean up a server that outlived its parent. */
function descendants(pid: number): number[] {
  const table = spawnSync('ps', ['-eo', 'pid=,ppid='], {encoding: 'utf8'}).stdout ?? ''
  const rows = table
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number))
  const found: number[] = []
  for (const queue = [pid]; queue.length > 0;) {
    const parent = queue.shift()!
    for (const [child, ppid] of rows) {
      if (ppid !== parent || child === undefined) continue
      found.push(child)
      queue.push(child)
    }
  }
  return found
}

describe('matbuot dev', () => {
  it('should refuse a port in use in one line with exit status 2, instead of a stack trace', async () => {
    const root = await copyOfProjectSite()
    const taken = await listen(0)
    const port = (taken.address() as {port: number}).port
    try {
      const result = runCli(['dev', '--port', String(port)], root, {}, 30_000)
      expect(result.timedOut, 'matbuot dev hung').toBe(false)
      expect(result.stderr).toBe(`port ${port} is already in use; choose another with --port or leave it out for a free one\n`)
      expect(result.status).toBe(2)
    } finally {
      await close(taken)
    }
  })

  it('should stop cleanly when its terminal goes away (SIGHUP)', async () => {
    const dev = await startDev(await copyOfProjectSite())
    const exited = new Promise<number | null>((resolve) => dev.process.once('exit', resolve))
    dev.process.kill('SIGHUP')
    expect(await exited).toBe(0)
  })

  for (const shell of [false, true]) {
    it(`should stop and free its port when the process that started it is killed${shell ? ', through a shell as npx starts it' : ''}`, async () => {
      const root = await copyOfProjectSite()
      const dev = await startDevUnderParent(root, {shell})
      const port = Number(new URL(dev.url).port)
      const server = descendants(dev.parent.pid!)
      try {
        dev.parent.kill('SIGKILL')
        expect(await within(dev.outputClosed, 8_000), `the server still runs after its parent was killed:\n${dev.output()}`).toBe(true)
        await close(await listen(port))
      } finally {
        // If it outlived its parent, it is stopped here by its own pid, not left behind.
        for (const pid of server) {
          try {
            process.kill(pid, 'SIGKILL')
          } catch {}
        }
      }
    })
  }
})
