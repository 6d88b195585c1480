// One thread of the floor split over worker threads: renders the files it is given, reports the characters.
import {parentPort, workerData} from 'node:worker_threads'
import {renderFiles} from './render-files.ts'

const {files, gfm} = workerData as {files: string[]; gfm: boolean}
parentPort!.postMessage(await renderFiles(files, gfm))
