// The floor: the least any Markdown-to-HTML site build must do with the corpus. Every release file
// is read, its front matter dropped, and its body parsed and stringified once, in one thread, by
// the same unified libraries Matbuot uses, with no plugins, no templates and nothing written.
//   node --import tsx bench/floor.ts <corpus>/content
import {readdir, readFile} from 'node:fs/promises'
import {join} from 'node:path'
import rehypeStringify from 'rehype-stringify'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'

const contentDir = process.argv[2]
if (contentDir === undefined) {
  console.error('Missing the content folder, expected: node --import tsx bench/floor.ts <corpus>/content')
  process.exit(2)
}

const processor = unified().use(remarkParse).use(remarkRehype).use(rehypeStringify).freeze()
const frontMatter = /^---\r?\n[\s\S]*?\r?\n---\r?\n/

const entries = await readdir(contentDir, {recursive: true, withFileTypes: true})
const files = entries.filter((entry) => entry.isFile() && entry.name.endsWith('.md')).map((entry) => join(entry.parentPath, entry.name))
let bytes = 0
for (const file of files) {
  const source = await readFile(file, 'utf8')
  bytes += String(processor.processSync(source.replace(frontMatter, ''))).length
}
console.log(`floor: ${files.length} files, ${bytes} characters of HTML`)
