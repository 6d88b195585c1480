import {spawn, type ChildProcess} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {createServer} from 'node:net'
import {setTimeout as sleep} from 'node:timers/promises'

/**
 * Live-preview servers (`matbuot dev`, `hugo server`) measured the same way: the time from writing
 * a source file until the page, polled over HTTP, is served with the change.
 */
export interface RunningServer {
  readonly pid: number
  /**
   * The server process's resident memory in KiB (Linux `/proc/<pid>/status`): its peak so far
   * (`VmHWM`, what GNU time's `%M` reports for a command that ends) and now (`VmRSS`).
   */
  memory(): {readonly peakKiB?: number; readonly residentKiB?: number}
  stop(): Promise<void>
}

/** How often the page is asked for while waiting: often enough to see a change within 10 ms. */
const pollMs = 10

/** A port nothing listens on now, for a server that wants one given. */
export async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  await new Promise((resolve) => server.close(resolve))
  if (address === null || typeof address === 'string') throw new Error('Expected a TCP address from a listening server')
  return address.port
}

/** Start a server and wait for the line saying it serves (its first build done). */
export async function startServer(
  command: string,
  args: readonly string[],
  options: {cwd: string; ready: RegExp; timeoutMs: number}
): Promise<RunningServer> {
  const child = spawn(command, args, {cwd: options.cwd, env: {...process.env, NO_COLOR: '1'}, stdio: ['ignore', 'pipe', 'pipe']})
  let output = ''
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => fail(new Error(`${command} did not say it was serving within ${options.timeoutMs / 1000} s:\n${output.slice(-2000)}`)),
      options.timeoutMs
    )
    const fail = (error: Error) => {
      clearTimeout(timer)
      child.kill('SIGKILL')
      reject(error)
    }
    const read = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-8000)
      if (options.ready.test(output)) {
        clearTimeout(timer)
        resolve()
      }
    }
    child.stdout!.on('data', read)
    child.stderr!.on('data', read)
    child.once('error', fail)
    child.once('exit', (code) => fail(new Error(`${command} exited with status ${code} before serving:\n${output.slice(-2000)}`)))
  })
  // Keep draining the output so the server never blocks on a full pipe.
  child.removeAllListeners('exit')
  return {pid: child.pid!, memory: () => memoryOf(child.pid!), stop: () => stop(child)}
}

function memoryOf(pid: number): {peakKiB?: number; residentKiB?: number} {
  let status: string
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8')
  } catch {
    return {}
  }
  const kib = (name: string) => {
    const match = new RegExp(`^${name}:\\s+(\\d+) kB$`, 'm').exec(status)
    return match ? Number(match[1]) : undefined
  }
  return {peakKiB: kib('VmHWM'), residentKiB: kib('VmRSS')}
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
  await exited
  clearTimeout(timer)
}

/** Fetch a page until its HTML contains `text`; throws after `timeoutMs`. */
export async function waitForPage(url: string, text: string, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs
  for (;;) {
    try {
      const response = await fetch(url, {cache: 'no-store'})
      const body = await response.text()
      if (response.ok && body.includes(text)) return
    } catch {
      // A server between builds may drop a connection: ask again.
    }
    if (performance.now() > deadline) throw new Error(`${url} did not show "${text}" within ${timeoutMs / 1000} s`)
    await sleep(pollMs)
  }
}

/** Milliseconds from the start of `save` until `url` serves a page containing `text`. */
export async function timeSaveToServed(save: () => Promise<void>, url: string, text: string, timeoutMs = 120_000): Promise<number> {
  const started = performance.now()
  await save()
  await waitForPage(url, text, timeoutMs)
  return performance.now() - started
}
