import {workerData} from 'node:worker_threads'
import {renderUnit, type RenderContext, type RenderUnit} from './render-release.ts'

// The build's shared context arrives once per thread; each task is one unit.
const context = workerData as RenderContext

export default function render(unit: RenderUnit) {
  return renderUnit(unit, context)
}
