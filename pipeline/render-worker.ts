import {workerData} from 'node:worker_threads'
import {move, transferableSymbol, valueSymbol} from 'piscina'
import {renderTask, type RenderTask, type RenderThreadData} from './render-site.ts'

// The build's shared context arrives once per thread; each task is a release or a unit.
const {render, pages} = workerData as RenderThreadData

export default function run(task: RenderTask) {
  const result = renderTask(task, render, pages)
  const buffer = result.files?.[0]?.content.buffer
  // A release's files share one buffer (see release-files.ts): handed over, not copied.
  return buffer ? move({[transferableSymbol]: [buffer], [valueSymbol]: result}) : result
}
