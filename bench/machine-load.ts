import {readFileSync} from 'node:fs'
import {setTimeout as sleep} from 'node:timers/promises'

/**
 * The share of the machine's CPU time that was busy over `ms` while the bench itself waited: other
 * work, or the kernel still flushing and discarding what the bench wrote and deleted. The load
 * average cannot tell, since it still counts the bench's own last case. Undefined where /proc/stat
 * does not exist.
 */
export async function busyShare(ms = 1000): Promise<number | undefined> {
  const before = cpuTimes()
  await sleep(ms)
  const after = cpuTimes()
  if (!before || !after) return undefined
  const total = after.total - before.total
  return total > 0 ? 1 - (after.idle - before.idle) / total : undefined
}

/** Wait, up to `maxMs`, until the machine is quiet; return the last busy share seen. */
export async function waitForQuiet(maxMs: number, quiet = 0.1): Promise<number | undefined> {
  const deadline = performance.now() + maxMs
  let busy = await busyShare()
  while (busy !== undefined && busy > quiet && performance.now() < deadline) busy = await busyShare()
  return busy
}

function cpuTimes(): {total: number; idle: number} | undefined {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number)
    // user nice system idle iowait irq softirq steal: idle and iowait are time nobody computed.
    return {total: fields.slice(0, 8).reduce((a, b) => a + b, 0), idle: fields[3]! + fields[4]!}
  } catch {
    return undefined
  }
}
