import {readFile} from 'node:fs/promises'

/**
 * Call `gone` once the command that started this process is gone, checking every `intervalMs`.
 * That command is often not the parent: `npx matbuot dev` runs npm, which runs `sh -c`, which
 * runs node, and a killed npm leaves the shell waiting. So every ancestor up to the terminal's
 * session leader is watched. On Linux each link (this process -> parent -> ... -> session
 * leader) is read from /proc: a process's parent changes the moment that parent exits, zombie or
 * not, and `process.ppid` is read only once at start-up. Elsewhere only the parent is watched,
 * by signal 0. Returns a function that stops the watch.
 */
export async function watchLauncher(gone: () => void, intervalMs = 1000): Promise<() => void> {
  const chain = await ancestors()
  if (chain.length === 0) return () => {}
  const timer = setInterval(async () => {
    if (await intact(chain)) return
    clearInterval(timer)
    gone()
  }, intervalMs)
  // The watch alone never keeps the process running.
  timer.unref()
  return () => clearInterval(timer)
}

interface Stat {
  readonly ppid: number
  readonly session: number
}

/** Parent and session of a process, from /proc; undefined where there is no /proc or it is gone. */
async function statOf(pid: number | 'self'): Promise<Stat | undefined> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8')
    // The name in parentheses may hold spaces and parentheses: the fields that follow are after the last one.
    const [, ppid, , session] = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return {ppid: Number(ppid), session: Number(session)}
  } catch {
    return undefined
  }
}

/** The processes from the parent up to the session leader, or up to init when none is an ancestor. */
async function ancestors(): Promise<number[]> {
  const self = await statOf('self')
  // Started by init (a service manager) or from outside this pid namespace (0): nothing to outlive.
  if (!self) return process.ppid > 1 ? [process.ppid] : []
  const chain: number[] = []
  for (let pid = self.ppid; pid > 1 && chain.length < 64;) {
    chain.push(pid)
    if (pid === self.session) break
    const next = await statOf(pid)
    if (!next) break
    pid = next.ppid
  }
  return chain
}

async function intact(chain: readonly number[]): Promise<boolean> {
  if ((await statOf('self')) === undefined) return isAlive(chain[0]!)
  let child: number | 'self' = 'self'
  for (const pid of chain) {
    if ((await statOf(child))?.ppid !== pid) return false
    child = pid
  }
  return true
}

/** Signal 0 tests that a process exists without touching it; EPERM means it exists but is not ours. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
