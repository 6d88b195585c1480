import {mkdtemp, readdir} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {build} from '../../pipeline/build.ts'
import {formatDiagnostic} from '../../pipeline/diagnostics/diagnostic.ts'
import {repoRoot} from './site-fixture.ts'

/** Build the project's own content/ into a fresh folder, as `npm run build` does. */
export async function buildContent(): Promise<string> {
  const outDir = join(await mkdtemp(join(tmpdir(), 'matbuot-content-')), 'dist')
  const result = await build({root: repoRoot, outDir})
  if (!result.ok) throw new Error(result.diagnostics.map(formatDiagnostic).join('\n'))
  return outDir
}

export async function filesUnder(dir: string, suffix: string): Promise<string[]> {
  const entries = await readdir(dir, {recursive: true, withFileTypes: true})
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(suffix))
    .map((e) => join(e.parentPath, e.name))
    .sort()
}

/** One block element a line, so a golden file diff reads like the page. */
export function readableHtml(html: string): string {
  return `${html.replace(/(<\/(?:p|h[1-6]|li|ul|ol|figure|figcaption|blockquote|table|tr|section|div|nav|aside|article)>)/g, '$1\n').trim()}\n`
}
