import cliProgress from 'cli-progress'
import type {BuildStage, ProgressListener} from '../build.ts'
import {plural} from './terminal.ts'

/** What each stage is called and what it counts: source files loaded and rendered, output files written. */
const stages: Record<BuildStage, {label: string; counts: string}> = {
  load: {label: 'Loading content', counts: 'source file'},
  render: {label: 'Rendering', counts: 'source file'},
  write: {label: 'Writing', counts: 'file'}
}

/** A stage's last count in words: "3/5 source files", or "38 files" when the total is not known. */
export function describeCount(stage: BuildStage, done: number, total: number): string {
  const {counts} = stages[stage]
  return total > 0 && total !== done ? `${done}/${plural(total, counts)}` : plural(done, counts)
}

/**
 * Progress by stage with counts: a bar at a terminal, one plain line per stage elsewhere
 * (logs and CI keep every line).
 */
export function progressReporter(stream: NodeJS.WriteStream = process.stderr): {listener: ProgressListener; finish: () => void} {
  let current: BuildStage | undefined
  let last = {done: 0, total: 0}
  const interactive = Boolean(stream.isTTY)
  const bar = interactive
    ? new cliProgress.SingleBar(
        {stream, format: '{stage} [{bar}] {value}/{total}', hideCursor: true, clearOnComplete: true},
        cliProgress.Presets.shades_classic
      )
    : undefined

  const close = () => {
    if (current === undefined) return
    if (bar) bar.stop()
    else stream.write(`${stages[current].label}: ${describeCount(current, last.done, last.total)}\n`)
  }
  const listener: ProgressListener = (stage, done, total) => {
    if (stage !== current) {
      close()
      current = stage
      bar?.start(Math.max(total, done), 0, {stage: stages[stage].label.padEnd(15)})
    }
    last = {done, total}
    bar?.setTotal(Math.max(total, done))
    bar?.update(done)
  }
  return {listener, finish: close}
}
