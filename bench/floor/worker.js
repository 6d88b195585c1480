// Entry of a floor thread: TypeScript runs through tsx, registered per thread (as Matbuot's own
// render threads do when run from source), since a worker does not inherit the main thread's loader.
import {register} from 'tsx/esm/api'

register()
await import('./worker.ts')
