import {readFileSync} from 'node:fs'
import {dirname, join, relative} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {listFiles} from '../../pipeline/load/list-files.js'

// A stage reads what the stages before it made, never the reverse, so each can be read (and changed) knowing only those.
const stages = ['config', 'load', 'validate', 'localize', 'render', 'outputs', 'write']
// Used by every stage; they may use the configuration and the file readers, nothing a build makes.
const crossCutting = ['store', 'diagnostics', 'version.ts', 'runtime.ts', 'worker-process.ts']
const crossCuttingMayUse = new Set(['config', 'load'])
// Everything else (build.ts, build-record.ts, cli.ts, commands/, dev/, report/) is the top: it may import anything, and nothing below imports it.

const pipeline = join(dirname(fileURLToPath(import.meta.url)), '../../pipeline')

/** Where a module belongs: a stage's index, 'cross-cutting', or 'top'. */
function placeOf(module: string): number | 'cross-cutting' | 'top' {
  const head = module.split('/')[0]!
  if (crossCutting.includes(head)) return 'cross-cutting'
  const stage = stages.indexOf(head)
  return stage === -1 ? 'top' : stage
}

// Static `import`/`export … from`, side-effect imports and `import()` with a literal path: the only forms the sources use.
const importPattern = /^\s*(?:import|export)\b[^'";]*?\bfrom\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm

/** The pipeline modules a module imports, as paths from the pipeline folder; packages are left out. */
function importsOf(module: string): string[] {
  const text = readFileSync(join(pipeline, module), 'utf8')
  const found: string[] = []
  for (const match of text.matchAll(importPattern)) {
    const specifier = match[1] ?? match[2] ?? match[3]!
    if (specifier.startsWith('.'))
      found.push(
        relative(pipeline, join(pipeline, dirname(module), specifier))
          .split('\\')
          .join('/')
      )
  }
  return found
}

function mayImport(from: string, to: string): boolean {
  const [a, b] = [placeOf(from), placeOf(to)]
  if (a === 'top') return true
  if (a === 'cross-cutting') return b === 'cross-cutting' || crossCuttingMayUse.has(to.split('/')[0]!)
  return b === 'cross-cutting' || (b !== 'top' && b <= a)
}

const modules = listFiles(pipeline).filter((file) => /\.(?:ts|js)$/.test(file) && !file.endsWith('.d.ts'))
const edges = modules.flatMap((from) => importsOf(from).map((to) => `${from} -> ${to}`))

describe('stage order', () => {
  it('should find the imports it checks', () => {
    expect(edges).toContain('outputs/format-table.ts -> config/media-types.ts')
    expect(edges).toContain('validate/read-release-document.ts -> load/read-yaml.ts')
  })

  it('should have no module import a later stage or the top', () => {
    const wrong = edges.filter((edge) => !mayImport(...(edge.split(' -> ') as [string, string])))
    expect(wrong).toEqual([])
  })
})
