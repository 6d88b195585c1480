import {readdir, readFile} from 'node:fs/promises'
import {join} from 'node:path'
import rehypeStringify from 'rehype-stringify'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'

const frontMatter = /^---\r?\n[\s\S]*?\r?\n---\r?\n/

/** Every `.md` under the content folder, in a stable order. */
export async function sourceFiles(contentDir: string): Promise<string[]> {
  const entries = await readdir(contentDir, {recursive: true, withFileTypes: true})
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
}

/**
 * The floor's work on some files: each read, its front matter dropped, its body parsed and
 * stringified once by one frozen processor with no plugins but, with `gfm`, remark-gfm as it
 * comes. Returns the characters of HTML made.
 */
export async function renderFiles(files: readonly string[], gfm: boolean): Promise<number> {
  const base = unified().use(remarkParse)
  const processor = (gfm ? base.use(remarkGfm) : base).use(remarkRehype).use(rehypeStringify).freeze()
  let characters = 0
  for (const file of files) {
    const source = await readFile(file, 'utf8')
    characters += String(processor.processSync(source.replace(frontMatter, ''))).length
  }
  return characters
}
