import {answerRequests} from '../../worker-process.ts'
import {indexRecords, stopPagefind} from './index-shard.ts'
import type {IndexRequest} from './shard-indexers.ts'

// A search process indexes its shards in its own Pagefind process, and stops it before it ends: a
// process, not a thread, because a thread that ends leaves the Pagefind it started unreaped,
// where a process's orphan is reaped by the system.
answerRequests((request: IndexRequest) => indexRecords(request.records, request.folder), stopPagefind)
