import {answerRequests} from '../../worker-process.ts'
import {encodeImage} from './encode-image.ts'

// The image encoder's process: what decoding and encoding allocate on sharp's threads is the
// system's again when the build's image work is done, not kept by the build's allocator.
answerRequests(encodeImage)
