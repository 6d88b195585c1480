// The floor: the least any Markdown-to-HTML site build must do with the corpus. Every release file
// is read, its front matter dropped, and its body parsed and stringified once by the same unified
// libraries Matbuot uses, with no plugins, no templates and nothing written: in this one thread,
// or dealt out over `--threads` worker threads.
// `--gfm` adds remark-gfm, which Matbuot's releases are parsed with (tables, footnotes, literal autolinks).
//   node --import tsx bench/floor.ts <corpus>/content [--threads 2] [--gfm]
import {parseArgs} from 'node:util'
import {positiveInteger} from './cli-args.ts'
import {renderInThreads} from './floor/in-threads.ts'
import {renderFiles, sourceFiles} from './floor/render-files.ts'

const {values, positionals} = parseArgs({options: {threads: {type: 'string'}, gfm: {type: 'boolean', default: false}}, allowPositionals: true})
const contentDir = positionals[0]
if (contentDir === undefined) {
  console.error('Missing the content folder, expected: node --import tsx bench/floor.ts <corpus>/content [--threads 2] [--gfm]')
  process.exit(2)
}
const threads = values.threads === undefined ? undefined : positiveInteger('--threads', values.threads)

const files = await sourceFiles(contentDir)
// No --threads: all in the main thread, with no worker start-up at all.
const {gfm} = values
const characters = threads === undefined ? await renderFiles(files, gfm) : await renderInThreads(files, threads, gfm)
console.log(
  `floor${gfm ? ' with GFM' : ''}: ${files.length} files${threads === undefined ? '' : ` in ${threads} threads`}, ${characters} characters of HTML`
)
