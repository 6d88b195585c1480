// Entry of a rendering thread: TypeScript runs through tsx, registered per thread.
import {register} from 'tsx/esm/api'

register()
const {default: render} = await import('./render-worker.ts')
export default render
