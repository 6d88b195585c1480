// Entry of the preview's site thread: TypeScript runs through tsx, registered per thread.
import {register} from 'tsx/esm/api'

register()
await import('./site-worker.ts')
