// Entry of a search process: TypeScript runs through tsx.
import {register} from 'tsx/esm/api'

register()
await import('./search-worker.ts')
