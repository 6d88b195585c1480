// Entry of the image encoder's process: TypeScript runs through tsx.
import {register} from 'tsx/esm/api'

register()
await import('./encoder-process.ts')
