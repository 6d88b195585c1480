import {indexRecords, stopPagefind} from './index-shard.ts'
import type {IndexAnswer, IndexRequest} from './shard-indexers.ts'

// A search process indexes one shard at a time in its own Pagefind process. Told to stop, it
// stops that process and ends: a process, not a thread, because a thread that ends leaves the
// Pagefind it started unreaped, where a process's orphan is reaped by the system.
process.on('message', async (request: IndexRequest | 'stop') => {
  if (request === 'stop') {
    await stopPagefind()
    process.disconnect!()
    return
  }
  let answer: IndexAnswer
  try {
    answer = {files: await indexRecords(request.records, request.folder)}
  } catch (error) {
    answer = {error: error instanceof Error ? error.message : String(error)}
  }
  process.send!(answer)
})
