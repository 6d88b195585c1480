import {readdirSync, statSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {templateFile} from './cases/template-edit.ts'

const pipelineDir = fileURLToPath(new URL('../pipeline/', import.meta.url))

/**
 * Names, sizes and times of Matbuot's sources (as pipeline/bundle.js tells a change), but the
 * template the bench itself edits and puts back: if this differs before and after a corpus's
 * cases, someone changed Matbuot while it was measured and its builds had to start afresh.
 */
export function matbuotSourcesStamp(): string {
  return readdirSync(pipelineDir, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => file !== templateFile)
    .sort()
    .map((file) => {
      const {size, mtimeMs} = statSync(file)
      return `${file}:${size}:${mtimeMs}`
    })
    .join('\n')
}
