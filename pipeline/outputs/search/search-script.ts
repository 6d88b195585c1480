import {buildSync} from 'esbuild'
import {projectFile, projectRoot} from '../../runtime.ts'

let script: string | undefined

/** The search page's script with the Uzbek apostrophe rules bundled in, so the browser reads a query as the build reads a release. */
export function searchScript(): string {
  script ??= buildSync({
    entryPoints: [projectFile('pipeline/outputs/assets/search.js')],
    // Paths in the script's comments are from Matbuot's folder, not the site's: the same site makes the same script from wherever it is built.
    absWorkingDir: projectRoot,
    bundle: true,
    format: 'esm',
    target: 'es2022',
    // The index's own script is loaded at run time from the index's folder, never bundled.
    external: ['*/pagefind.js'],
    legalComments: 'none',
    write: false,
    logLevel: 'error'
  }).outputFiles[0]!.text
  return script
}
