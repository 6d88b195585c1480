// The floor: the least any Markdown-to-HTML site build must do with the corpus. Every release file
// is read, its front matter dropped, and its body parsed and stringified once by the same unified
// libraries Matbuot uses, with no plugins, no templates and nothing written: in this one thread,
// or dealt out over `--threads` worker threads.
//   node --import tsx bench/floor.ts <corpus>/content [--threads 2]
import {parseArgs} from 'node:util'
import {positiveInteger} from './cli-args.ts'
import {renderInThreads} from './floor/in-threads.ts'
import {renderFiles, sourceFiles} from './floor/render-files.ts'

const {values, positionals} = parseArgs({options: {threads: {type: 'string'}}, allowPositionals: true})
const contentDir = positionals[0]
if (contentDir === undefined) {
  console.error('Missing the content folder, expected: node --import tsx bench/floor.ts <corpus>/content [--threads 2]')
  process.exit(2)
}
const threads = values.threads === undefined ? undefined : positiveInteger('--threads', values.threads)

const files = await sourceFiles(contentDir)
// No --threads: all in the main thread, with no worker start-up at all.
const characters = threads === undefined ? await renderFiles(files) : await renderInThreads(files, threads)
console.log(`floor: ${files.length} files${threads === undefined ? '' : ` in ${threads} threads`}, ${characters} characters of HTML`)
