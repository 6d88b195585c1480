import {WorkerProcess} from '../../worker-process.ts'
import {indexRecords, stopPagefind} from './index-shard.ts'
import type {SearchRecord} from './search-records.ts'
import type {BundleFile} from './shard-pack.ts'

/** What a search process is asked to index; it answers the bundle's files. */
export interface IndexRequest {
  readonly records: readonly SearchRecord[]
  readonly folder: string
}

interface Indexer {
  index(request: IndexRequest): Promise<BundleFile[]>
  stop(): Promise<void>
}

/**
 * Where a build's shards are indexed, side by side. A Pagefind process makes one bundle at a time
 * (a second index waits for the first), and its Node wrapper keeps one per thread: so the first
 * shard at a time is indexed by this thread's Pagefind, and each further one by a search process
 * of its own, started when first needed, up to `most` at once.
 */
export class ShardIndexers {
  private readonly idle: Indexer[] = []
  private readonly started: Indexer[] = []
  private readonly running = new Set<Promise<unknown>>()

  constructor(private readonly most: number) {}

  async index(request: IndexRequest): Promise<BundleFile[]> {
    const indexer = this.idle.pop() ?? this.start()
    const indexing = indexer.index(request)
    this.running.add(indexing)
    try {
      const files = await indexing
      this.idle.push(indexer)
      return files
    } finally {
      this.running.delete(indexing)
    }
  }

  /** Stop every Pagefind process these indexers started, once the shards being indexed are done. */
  async stop(): Promise<void> {
    await Promise.allSettled([...this.running])
    await Promise.all(this.started.map((indexer) => indexer.stop()))
  }

  private start(): Indexer {
    if (this.started.length >= this.most) throw new Error(`more than ${this.most} search shards asked for at once`)
    const indexer = this.started.length === 0 ? inThisThread() : new SearchProcess()
    this.started.push(indexer)
    return indexer
  }
}

/** How many indexers use this thread's Pagefind now: a preview's and a build's may overlap. */
let usingThisThread = 0

function inThisThread(): Indexer {
  usingThisThread++
  return {
    index: ({records, folder}) => indexRecords(records, folder),
    // Stopped once no one indexes here, so the process can end when its work does.
    stop: async () => {
      if (--usingThisThread === 0) await stopPagefind()
    }
  }
}

/** A process of its own with its own Pagefind, asked one shard at a time. */
class SearchProcess implements Indexer {
  private readonly process = new WorkerProcess<IndexRequest, BundleFile[]>('search-worker', 'a search process')

  index(request: IndexRequest): Promise<BundleFile[]> {
    return this.process.ask(request)
  }

  stop(): Promise<void> {
    return this.process.stop()
  }
}
