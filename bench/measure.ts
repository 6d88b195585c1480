import {spawn, spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

/** One measured run of a command. CPU time and peak memory need GNU time; without it they are absent. */
export interface Sample {
  readonly wallMs: number
  /** User + system time of the process and the children it waited for. */
  readonly cpuMs?: number
  /** Maximum resident set size of the largest process in the tree, in KiB (GNU time's %M). */
  readonly peakRssKiB?: number
  /** What a Matbuot build says it spent on images: time making and finding renditions, and how many it made. */
  readonly images?: ImageWork
}

export interface ImageWork {
  readonly ms: number
  readonly made: number
}

const gnuTimePath = '/usr/bin/time'

/** GNU time, if installed: the only portable way to get a child's CPU time and peak memory. */
export const gnuTime: string | undefined = (() => {
  const probe = spawnSync(gnuTimePath, ['--version'], {encoding: 'utf8'})
  return probe.status === 0 && /GNU/.test(`${probe.stdout}${probe.stderr}`) ? gnuTimePath : undefined
})()

export class CommandError extends Error {}

/** A sample and the tail of what the command printed (for a summary line, say). */
export interface Measured {
  readonly sample: Sample
  readonly output: string
}

/**
 * Run a command to its end and measure it. Wall time is taken here around the child process;
 * CPU and memory come from GNU time, which writes them to a file so the command's own output
 * stays untouched.
 */
export async function timeCommand(command: string, args: readonly string[], options: {cwd: string; env?: NodeJS.ProcessEnv}): Promise<Measured> {
  const scratch = mkdtempSync(join(tmpdir(), 'matbuot-bench-'))
  const report = join(scratch, 'time.txt')
  const [file, argv] = gnuTime ? [gnuTime, ['-f', '%e %U %S %M', '-o', report, command, ...args]] : [command, [...args]]
  try {
    const started = performance.now()
    const {code, output} = await new Promise<{code: number | null; output: string}>((resolve, reject) => {
      const child = spawn(file, argv, {cwd: options.cwd, env: {...process.env, NO_COLOR: '1', ...options.env}, stdio: ['ignore', 'pipe', 'pipe']})
      let output = ''
      const keep = (chunk: Buffer) => {
        // Only the tail matters: a build's summary, or the error of a failed run.
        output = (output + chunk.toString()).slice(-4000)
      }
      child.stdout.on('data', keep)
      child.stderr.on('data', keep)
      child.once('error', reject)
      child.once('close', (code) => resolve({code, output}))
    })
    const wallMs = performance.now() - started
    if (code !== 0) throw new CommandError(`${command} ${args.join(' ')} exited with status ${code} in ${options.cwd}:\n${output.trim()}`)
    if (!gnuTime) return {sample: {wallMs}, output}
    // The last line holds the figures; a line before it may say "Command exited with non-zero status".
    const fields = readFileSync(report, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number)
    const [, user, system, maxRss] = fields
    return {sample: {wallMs, cpuMs: (user! + system!) * 1000, peakRssKiB: maxRss!}, output}
  } finally {
    rmSync(scratch, {recursive: true, force: true})
  }
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/** What a table shows of several samples: median times, and the highest peak memory seen. */
export interface Summary {
  readonly runs: number
  readonly wallMs: number
  readonly cpuMs?: number
  readonly peakRssKiB?: number
  /** A preview server's resident memory when its case ended, in KiB (servers only: a build has ended). */
  readonly endRssKiB?: number
  /** The median image work of the runs, when every run reported it (Matbuot's builds). */
  readonly images?: ImageWork
}

export function summarize(samples: readonly Sample[]): Summary {
  const cpu = samples.flatMap((s) => (s.cpuMs === undefined ? [] : [s.cpuMs]))
  const rss = samples.flatMap((s) => (s.peakRssKiB === undefined ? [] : [s.peakRssKiB]))
  const images = samples.flatMap((s) => (s.images === undefined ? [] : [s.images]))
  return {
    runs: samples.length,
    wallMs: median(samples.map((s) => s.wallMs)),
    ...(cpu.length === samples.length ? {cpuMs: median(cpu)} : {}),
    ...(rss.length > 0 ? {peakRssKiB: Math.max(...rss)} : {}),
    ...(images.length === samples.length && images.length > 0
      ? {images: {ms: median(images.map((i) => i.ms)), made: median(images.map((i) => i.made))}}
      : {})
  }
}
