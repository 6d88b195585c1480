import {mkdir, mkdtemp, rename, rm, utimes, writeFile} from 'node:fs/promises'
import {dirname, join} from 'node:path'
import type {Applied} from './site-operations.ts'
import {siteFiles, type SiteBase, type SiteState} from './site-state.ts'

/**
 * The site's folder, kept equal to a state the way an editor would: only files whose bytes
 * change are written, moved files are renamed, removed ones deleted. Every write moves the
 * file's time strictly forward, as a real save does, so a store keyed on (size, time, inode)
 * sees it; every other write replaces the file (a new inode), as editors' safe saves do.
 */
export class SiteOnDisk {
  private fileTime = Date.parse('2030-01-01T00:00:00Z') / 1000

  private constructor(
    readonly root: string,
    private readonly base: SiteBase,
    private files: Map<string, string | Uint8Array>
  ) {}

  /** The site in a fresh folder under `parent`, every file written as `update` writes it. */
  static async create(parent: string, site: SiteState, base: SiteBase): Promise<SiteOnDisk> {
    const disk = new SiteOnDisk(await mkdtemp(join(parent, 'matbuot-differential-site-')), base, new Map())
    await disk.update({site, renames: [], touched: []})
    return disk
  }

  /** Bring the folder to the applied state; returns the paths that changed. */
  async update(applied: Applied): Promise<string[]> {
    const next = siteFiles(applied.site, this.base)
    const changed: string[] = []
    for (const [from, to] of applied.renames) {
      await mkdir(dirname(join(this.root, to)), {recursive: true})
      await rename(join(this.root, from), join(this.root, to))
      this.files.set(to, this.files.get(from)!)
      this.files.delete(from)
      changed.push(from, to)
    }
    for (const path of this.files.keys()) {
      if (next.has(path)) continue
      await rm(join(this.root, path))
      changed.push(path)
    }
    for (const [path, content] of next) {
      const before = this.files.get(path)
      if (before !== undefined && sameBytes(before, content) && !applied.touched.includes(path)) continue
      const file = join(this.root, path)
      await mkdir(dirname(file), {recursive: true})
      this.fileTime += 1
      // Editors save both ways: in place (same inode) or to a new file renamed over the old one.
      const saved = this.fileTime % 2 === 0 ? file : `${file}.saving`
      await writeFile(saved, content)
      await utimes(saved, this.fileTime, this.fileTime)
      if (saved !== file) await rename(saved, file)
      changed.push(path)
    }
    this.files = next
    return [...new Set(changed)]
  }
}

function sameBytes(a: string | Uint8Array, b: string | Uint8Array): boolean {
  return Buffer.from(a).equals(Buffer.from(b))
}
