import {readdir, readFile} from 'node:fs/promises'
import {join, relative, sep} from 'node:path'
import {compareStrings} from '../diagnostics/diagnostic.ts'
import {stripXmlIllegal} from './strip-xml-illegal.ts'

export interface SourceText {
  /** Path relative to the content folder, with forward slashes. */
  readonly path: string
  readonly text: string
}

/** Every Markdown file under the content folder, in a stable order. */
export async function findSources(contentDir: string): Promise<SourceText[]> {
  const entries = await readdir(contentDir, {recursive: true, withFileTypes: true})
  const paths = entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => relative(contentDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort(compareStrings)
  return Promise.all(paths.map(async (path) => ({path, text: stripXmlIllegal(await readFile(join(contentDir, path), 'utf8'))})))
}
