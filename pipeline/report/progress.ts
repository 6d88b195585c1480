import cliProgress from 'cli-progress'
import type {BuildStage, ProgressListener} from '../build.ts'

const labels: Record<BuildStage, string> = {load: 'Loading content', render: 'Rendering', write: 'Writing'}

/**
 * Progress by stage with counts: a bar at a terminal, one plain line per stage elsewhere
 * (logs and CI keep every line).
 */
export function progressReporter(stream: NodeJS.WriteStream = process.stderr): {listener: ProgressListener; finish: () => void} {
  let current: BuildStage | undefined
  let last = {done: 0, total: 0}
  const interactive = Boolean(stream.isTTY)
  const bar = interactive ? new cliProgress.SingleBar({stream, format: '{stage} [{bar}] {value}/{total}', hideCursor: true, clearOnComplete: true}, cliProgress.Presets.shades_classic) : undefined

  const close = () => {
    if (current === undefined) return
    if (bar) bar.stop()
    else stream.write(`${labels[current]}: ${last.total > 0 ? `${last.done}/${last.total}` : last.done} done\n`)
  }
  const listener: ProgressListener = (stage, done, total) => {
    if (stage !== current) {
      close()
      current = stage
      bar?.start(Math.max(total, done), 0, {stage: labels[stage].padEnd(15)})
    }
    last = {done, total}
    bar?.setTotal(Math.max(total, done))
    bar?.update(done)
  }
  return {listener, finish: close}
}
