import {workerData} from 'node:worker_threads'
import {renderTask, type RenderTask, type RenderThreadData} from './render-site.ts'

// The build's shared context arrives once per thread; each task is a release or a unit.
const {render, pages} = workerData as RenderThreadData

export default function run(task: RenderTask) {
  return renderTask(task, render, pages)
}
