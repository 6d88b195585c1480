import {Worker} from 'node:worker_threads'

const workerScript = new URL('./worker.js', import.meta.url)

/**
 * The floor's work dealt out over `threads` worker threads, one file each in turn (the files are
 * of about one size, so each thread gets about the same work). Each worker registers tsx and
 * loads unified itself: its start-up is part of the floor, as a render thread's is of a build.
 */
export async function renderInThreads(files: readonly string[], threads: number, gfm: boolean): Promise<number> {
  const shares = Array.from({length: threads}, (_, thread) => files.filter((_, i) => i % threads === thread))
  const counts = await Promise.all(shares.map((share) => runWorker(share, gfm)))
  return counts.reduce((a, b) => a + b, 0)
}

function runWorker(files: readonly string[], gfm: boolean): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerScript, {workerData: {files, gfm}})
    worker.once('message', (characters: number) => resolve(characters))
    worker.once('error', reject)
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`A floor worker thread exited with status ${code}`))
    })
  })
}
