import {mkdirSync, rmSync} from 'node:fs'
import {dirname} from 'node:path'
import {brotliCompressSync, brotliDecompressSync, constants as zlib} from 'node:zlib'
import Database from 'better-sqlite3'
import {version} from '../version.ts'

/*
 * The build's memory between runs (Astro's content layer is the model): for every input file
 * its stat and digest and what was made of it, for every rendered unit its facts, bodies and
 * the inputs it read, and for every output folder the key of each file in it. SQLite, because
 * a one-change build asks it for a few rows out of tens of thousands: it opens in well under a
 * millisecond and answers a lookup in microseconds, where a JSON or msgpack store must be
 * read whole (see the README's Speed section for the figures). A transaction is all or
 * nothing, so a killed process never leaves a half-written entry to be trusted.
 */

/** What the stat pass compares: a file whose size, mtime and inode match is not read again. */
export interface FileStat {
  readonly size: number
  readonly mtimeMs: number
  readonly ino: number
}

export interface SourceRecord extends FileStat {
  /** sha256 of the file's bytes. */
  readonly digest: string
  /** What loading made of the file (a validated document, media facts), as JSON. */
  readonly facts: string
}

export interface RenderRecord {
  /** Digest of the source file it was rendered from. */
  readonly digest: string
  /** The inputs the render read besides the file, as JSON: checked before the render is reused. */
  readonly reads: string
  /** The rendered release-languages without their bodies, as JSON. */
  readonly facts: string
}

/** A body as HTML (site-relative, absolute or AMP), as XHTML, or as the plain text the search index reads. */
export type BodyVariant = 'html' | 'absolute' | 'xhtml' | 'amp' | 'text'

/** The bodies of one release-language, each variant it has. */
export interface LocaleBodies {
  readonly locale: string
  readonly bodies: Partial<Record<BodyVariant, string>>
}

export interface OutputRecord {
  /** What the file is made from; a file whose key is unchanged is not rendered again. */
  readonly key: string
  /** sha256 of its bytes, so a file rendered again but unchanged is not rewritten. */
  readonly digest: string
}

/** A file a build is writing into an output folder, as its commit will record it. */
export interface StagedOutput extends OutputRecord {
  readonly path: string
  /** Its bytes were written into the staging folder: the commit moves them in. */
  readonly moved: boolean
  /** Its key or digest is not what the last commit recorded (always, for a folder written whole). */
  readonly changed: boolean
}

/** Two of a build's outputs have the same path: the second would overwrite the first. */
export class DuplicateOutput extends Error {
  override readonly name = 'DuplicateOutput'
  constructor(readonly path: string) {
    super(`two outputs were written to ${path}`)
  }
}

/** One step of an output commit, replayed after a crash: move a staged file in, or delete one. */
export type CommitStep = {readonly op: 'move'; readonly path: string} | {readonly op: 'delete'; readonly path: string}

// Bumped whenever the tables change shape; with Matbuot's version it decides whether a store is ours.
const schemaVersion = 8
const storeVersion = `${version}/${schemaVersion}`

const schema = `
  create table meta (key text primary key, value text not null);
  create table sources (path text primary key, size integer not null, mtime real not null, ino integer not null, digest text not null, facts text not null);
  create table renders (source text primary key, digest text not null, reads text not null, facts text not null);
  create table bodies (source text not null, locale text not null, markup blob not null, text blob, primary key (source, locale));
  create table outputs (out_dir text not null, path text not null, key text not null, digest text not null, primary key (out_dir, path));
  create table commits (out_dir text not null, seq integer not null, op text not null, path text not null, primary key (out_dir, seq));
  create table records (name text primary key, value text not null);
  create table built (record text not null, path text not null, digest text not null, document text not null, primary key (record, path));
  create table withdrawals (release text primary key, date text not null);
  create table rendition_uses (build text not null, source text not null, sizes text not null, primary key (build, source));
  create index rendition_sources on rendition_uses (source);
`

/*
 * What a build is writing, until its commit: a temporary table, this connection's alone and never
 * synced to disk, so a build holds no record of its output files in memory and one that dies
 * leaves none behind. (A row per file: 120,000 at 4,000 releases.)
 */
const stagingSchema = `
  create temp table if not exists staged_outputs (
    out_dir text not null, path text not null, key text not null, digest text not null,
    moved integer not null, changed integer not null, primary key (out_dir, path));
`

export class SiteStore {
  private constructor(
    private readonly db: Database.Database,
    /** False for a store that ends with its process (`--no-cache`), which knows nothing of other builds. */
    readonly lasting: boolean
  ) {
    db.exec(stagingSchema)
  }

  /**
   * The store of a project, at `file` (usually `.cache/matbuot/store.sqlite`): created when
   * missing, started afresh when it was written by another version of Matbuot or cannot be read.
   */
  static open(file: string): SiteStore {
    mkdirSync(dirname(file), {recursive: true})
    let withdrawals: Map<string, string> | undefined
    try {
      const store = new SiteStore(connect(file), true)
      if (store.meta('version') === storeVersion) return store
      // What was withdrawn is the one memory a new version must not lose: it is not made from the sources.
      withdrawals = store.withdrawalsIfAny()
      store.close()
    } catch {
      // Corrupt or foreign: nothing in it can be trusted.
    }
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, {force: true})
    const store = SiteStore.create(connect(file), true)
    store.transaction(() => {
      for (const [release, date] of withdrawals ?? []) store.putWithdrawal(release, date)
    })
    return store
  }

  /**
   * A store that lives only as long as the process: `--no-cache` builds keep nothing. SQLite's
   * anonymous database spills to a temporary file, so rendered bodies need not fit in memory.
   */
  static temporary(): SiteStore {
    return SiteStore.create(new Database(''), false)
  }

  private static create(db: Database.Database, lasting: boolean): SiteStore {
    db.exec(schema)
    db.prepare('insert into meta values (?, ?)').run('version', storeVersion)
    return new SiteStore(db, lasting)
  }

  close(): void {
    this.db.close()
  }

  /** Run `work` as one transaction: every change in it is kept, or none. */
  transaction<T>(work: () => T): T {
    try {
      return this.db.transaction(work)()
    } catch (error) {
      // A body unpacked inside it may be one the rollback undid.
      this.unpacked = undefined
      throw error
    }
  }

  private meta(key: string): string | undefined {
    return (this.db.prepare('select value from meta where key = ?').pluck().get(key) as string | undefined) ?? undefined
  }

  // --- sources -------------------------------------------------------------------------------

  /** Every known input file by its path from the project root: the stat pass compares with these. */
  sourceStats(): Map<string, FileStat & {digest: string}> {
    const rows = this.statement('select path, size, mtime, ino, digest from sources').raw().all() as [string, number, number, number, string][]
    return new Map(rows.map(([path, size, mtimeMs, ino, digest]) => [path, {size, mtimeMs, ino, digest}]))
  }

  source(path: string): SourceRecord | undefined {
    const row = this.statement('select size, mtime as mtimeMs, ino, digest, facts from sources where path = ?').get(path) as SourceRecord | undefined
    return row ?? undefined
  }

  /** The facts of many sources at once, in one pass over the table. */
  sourceFacts(prefix: string): Map<string, string> {
    const rows = this.statement('select path, facts from sources where substr(path, 1, length(?1)) = ?1').raw().all(prefix) as [string, string][]
    return new Map(rows)
  }

  putSource(path: string, record: SourceRecord): void {
    this.statement('insert or replace into sources values (?, ?, ?, ?, ?, ?)').run(
      path,
      record.size,
      record.mtimeMs,
      record.ino,
      record.digest,
      record.facts
    )
  }

  /** A file seen again unchanged but with a new stat (touched, copied): remember the new one. */
  restat(path: string, stat: FileStat): void {
    this.statement('update sources set size = ?, mtime = ?, ino = ? where path = ?').run(stat.size, stat.mtimeMs, stat.ino, path)
  }

  deleteSource(path: string): void {
    this.statement('delete from sources where path = ?').run(path)
  }

  // --- renders -------------------------------------------------------------------------------

  render(source: string): RenderRecord | undefined {
    return (this.statement('select digest, reads, facts from renders where source = ?').get(source) as RenderRecord | undefined) ?? undefined
  }

  putRender(source: string, record: RenderRecord, bodies: readonly LocaleBodies[]): void {
    this.statement('insert or replace into renders values (?, ?, ?, ?)').run(source, record.digest, record.reads, record.facts)
    this.statement('delete from bodies where source = ?').run(source)
    this.unpacked = undefined
    const insert = this.statement('insert into bodies values (?, ?, ?, ?)')
    for (const {locale, bodies: variants} of bodies) {
      const {text, ...markup} = variants
      insert.run(source, locale, compress(JSON.stringify(markup)), text === undefined ? null : compress(text))
    }
  }

  body(source: string, locale: string, variant: BodyVariant): string | undefined {
    // The search index reads the text of every release-language, and only that: it is packed on its own.
    if (variant === 'text') {
      const text = this.statement('select text from bodies where source = ? and locale = ?').pluck().get(source, locale) as Buffer | null | undefined
      return text ? decompress(text) : undefined
    }
    // A page that shows a body mostly reads several of its variants in a row: they are unpacked once.
    if (this.unpacked?.source !== source || this.unpacked.locale !== locale) {
      const markup = this.statement('select markup from bodies where source = ? and locale = ?').pluck().get(source, locale) as Buffer | undefined
      this.unpacked = {source, locale, bodies: markup ? (JSON.parse(decompress(markup)) as LocaleBodies['bodies']) : {}}
    }
    return this.unpacked.bodies[variant]
  }

  private unpacked: {readonly source: string; readonly locale: string; readonly bodies: LocaleBodies['bodies']} | undefined

  /** Forget renders of sources that are gone, so the store does not grow with deleted releases. */
  keepRendersOf(sources: ReadonlySet<string>): void {
    const known = this.statement('select source from renders').pluck().all() as string[]
    const forget = this.statement('delete from renders where source = ?')
    const forgetBodies = this.statement('delete from bodies where source = ?')
    this.unpacked = undefined
    for (const source of known) {
      if (sources.has(source)) continue
      forget.run(source)
      forgetBodies.run(source)
    }
  }

  // --- outputs -------------------------------------------------------------------------------

  /** Hold some of the files a build is writing into an output folder until its commit; a path staged twice is a `DuplicateOutput`. */
  stageOutputs(outDir: string, files: readonly StagedOutput[]): void {
    const insert = this.statement('insert into staged_outputs values (?, ?, ?, ?, ?, ?)')
    this.transaction(() => {
      for (const file of files) {
        try {
          insert.run(outDir, file.path, file.key, file.digest, file.moved ? 1 : 0, file.changed ? 1 : 0)
        } catch (error) {
          if ((error as {code?: string}).code === 'SQLITE_CONSTRAINT_PRIMARYKEY') throw new DuplicateOutput(file.path)
          throw error
        }
      }
    })
  }

  /** Forget what a build staged without committing it. */
  forgetStaged(outDir: string): void {
    this.statement('delete from staged_outputs where out_dir = ?').run(outDir)
  }

  /** The files of the last committed output (all, or those under a folder ending in `/`) that this build did not stage. */
  unstagedOutputs(outDir: string, folder?: string): string[] {
    const unstaged = 'not exists (select 1 from staged_outputs s where s.out_dir = o.out_dir and s.path = o.path)'
    if (folder === undefined) return this.statement(`select path from outputs o where out_dir = ? and ${unstaged}`).pluck().all(outDir) as string[]
    // Every path that starts with `folder` (which ends in `/`) sorts between it and the same with `/` raised to `0`.
    const after = `${folder.slice(0, -1)}0`
    return this.statement(`select path from outputs o where out_dir = ? and path >= ? and path < ? and ${unstaged}`)
      .pluck()
      .all(outDir, folder, after) as string[]
  }

  /**
   * The commit point of an update to an output folder: the staged files' new keys, the removed
   * files' rows gone, and the steps that make the folder match (moves in the order staged, then
   * deletions), in one transaction. From here on the new output is the truth; `pendingCommit`
   * replays the steps if the process dies before `finishCommit`.
   */
  commitStaged(outDir: string, removed: readonly string[]): void {
    this.transaction(() => {
      this.statement('insert or replace into outputs select out_dir, path, key, digest from staged_outputs where out_dir = ? and changed = 1').run(
        outDir
      )
      const drop = this.statement('delete from outputs where out_dir = ? and path = ?')
      for (const path of removed) drop.run(outDir, path)
      const moves = this.statement('select count(*) from staged_outputs where out_dir = ? and moved = 1').pluck().get(outDir) as number
      this.statement(
        "insert into commits select out_dir, row_number() over (order by rowid) - 1, 'move', path from staged_outputs where out_dir = ? and moved = 1"
      ).run(outDir)
      const step = this.statement('insert into commits values (?, ?, ?, ?)')
      removed.forEach((path, nth) => step.run(outDir, moves + nth, 'delete', path))
      this.forgetStaged(outDir)
    })
  }

  /** A folder written whole and swapped in: what was staged is its record. */
  keepStaged(outDir: string): void {
    this.transaction(() => {
      this.statement('insert or replace into outputs select out_dir, path, key, digest from staged_outputs where out_dir = ?').run(outDir)
      this.forgetStaged(outDir)
    })
  }

  /** One file of an output folder, as the last committed build left it. */
  output(outDir: string, path: string): OutputRecord | undefined {
    return (
      (this.statement('select key, digest from outputs where out_dir = ? and path = ?').get(outDir, path) as OutputRecord | undefined) ?? undefined
    )
  }

  /** Whether the store knows any file of an output folder. */
  hasOutputs(outDir: string): boolean {
    return this.statement('select 1 from outputs where out_dir = ? limit 1').get(outDir) !== undefined
  }

  forgetOutputs(outDir: string): void {
    this.statement('delete from outputs where out_dir = ?').run(outDir)
    this.statement('delete from commits where out_dir = ?').run(outDir)
  }

  pendingCommit(outDir: string): CommitStep[] {
    const rows = this.statement('select op, path from commits where out_dir = ? order by seq').all(outDir) as CommitStep[]
    return rows
  }

  finishCommit(outDir: string): void {
    this.statement('delete from commits where out_dir = ?').run(outDir)
  }

  // --- build records -------------------------------------------------------------------------

  record(name: string): string | undefined {
    return (this.statement('select value from records where name = ?').pluck().get(name) as string | undefined) ?? undefined
  }

  putRecord(name: string, value: string | undefined): void {
    if (value === undefined) this.statement('delete from records where name = ?').run(name)
    else this.statement('insert or replace into records values (?, ?)').run(name, value)
  }

  /** The digests of every source a recorded build read, by path: the record's largest part, kept as rows. */
  builtSources(record: string): Map<string, {digest: string; document: string}> {
    const rows = this.statement('select path, digest, document from built where record = ?').raw().all(record) as [string, string, string][]
    return new Map(rows.map(([path, digest, document]) => [path, {digest, document}]))
  }

  /** Remember sources a build read; `replace`: these are all of them, forget any other. */
  putBuiltSources(record: string, sources: Iterable<[string, {digest: string; document: string}]>, replace: boolean): void {
    if (replace) this.statement('delete from built where record = ?').run(record)
    const put = this.statement('insert or replace into built values (?, ?, ?, ?)')
    for (const [path, {digest, document}] of sources) put.run(record, path, digest, document)
  }

  // --- renditions ----------------------------------------------------------------------------

  /**
   * The sizes of a source's cached renditions (by rendition, see renditions/encode-renditions.ts)
   * that some build recorded it used, or undefined when none did.
   */
  recordedRenditions(source: string): Record<string, number> | undefined {
    const rows = this.statement('select sizes from rendition_uses where source = ?').pluck().all(source) as string[]
    if (rows.length === 0) return undefined
    return Object.assign({}, ...rows.map((sizes) => JSON.parse(sizes) as Record<string, number>))
  }

  /** What one build (or every build, without a name) recorded it used, by source. */
  renditionUses(build?: string): Map<string, Record<string, number>> {
    const rows = (
      build === undefined
        ? this.statement('select source, sizes from rendition_uses').raw().all()
        : this.statement('select source, sizes from rendition_uses where build = ?').raw().all(build)
    ) as [string, string][]
    const uses = new Map<string, Record<string, number>>()
    for (const [source, sizes] of rows) uses.set(source, {...uses.get(source), ...(JSON.parse(sizes) as Record<string, number>)})
    return uses
  }

  putRenditionUses(build: string, uses: ReadonlyMap<string, Readonly<Record<string, number>>>): void {
    this.statement('delete from rendition_uses where build = ?').run(build)
    const put = this.statement('insert into rendition_uses values (?, ?, ?)')
    for (const [source, sizes] of uses) put.run(build, source, JSON.stringify(sizes))
  }

  // --- withdrawals ---------------------------------------------------------------------------

  /**
   * Every release-language a build published as withdrawn and none has published since, by
   * `<locale>/<slug>`, with the withdrawal's date: kept when its file is deleted, so a release
   * added again later is known for one that was withdrawn.
   */
  withdrawals(): Map<string, string> {
    return new Map(this.statement('select release, date from withdrawals').raw().all() as [string, string][])
  }

  putWithdrawal(release: string, date: string | undefined): void {
    if (date === undefined) this.statement('delete from withdrawals where release = ?').run(release)
    else this.statement('insert or replace into withdrawals values (?, ?)').run(release, date)
  }

  /** The withdrawals of a store of another version, if it kept them in the same table. */
  private withdrawalsIfAny(): Map<string, string> | undefined {
    try {
      return this.withdrawals()
    } catch {
      return undefined
    }
  }

  private readonly statements = new Map<string, Database.Statement>()

  private statement(sql: string): Database.Statement {
    let statement = this.statements.get(sql)
    if (!statement) this.statements.set(sql, (statement = this.db.prepare(sql)))
    return statement
  }
}

/*
 * A release-language's HTML variants differ only in their links and a few elements, so they are
 * compressed together, each repeating the one before: about a tenth of their text (the plain
 * text, alone, about a third), where the bodies were most of what a cold build wrote to the store.
 * Brotli at its fastest level both packs tighter than deflate and costs less CPU here.
 */
function compress(text: string): Buffer {
  return brotliCompressSync(text, {params: {[zlib.BROTLI_PARAM_QUALITY]: 1}})
}

function decompress(packed: Buffer): string {
  return brotliDecompressSync(packed).toString()
}

function connect(file: string): Database.Database {
  const db = new Database(file)
  // WAL: readers never wait for the writer; FULL: a committed output commit survives a power cut.
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  db.pragma('busy_timeout = 5000')
  return db
}
