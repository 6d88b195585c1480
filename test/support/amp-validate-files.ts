import {readFile} from 'node:fs/promises'
import {createRequire} from 'node:module'
import {ensureValidatorScript, type AmpResult} from './amp-validator.ts'

export type AmpFileResult = {readonly file: string} & (AmpResult | {readonly crash: string})

interface Engine {
  init(): Promise<void>
  validateString(html: string): {status: string; errors: {line: number; col: number; message: string; severity: string}[]}
}

// newInstance is the package's uncached constructor (the shared d.ts declares only getInstance).
const {newInstance} = createRequire(import.meta.url)('amphtml-validator') as {newInstance: (engineSource: string) => Engine}

/**
 * Validate AMP files with the official validator engine, offline. A page that crashes the engine
 * (deep nesting overflows its WebAssembly stack) leaves that instance broken, so it is reported as a
 * crash and the remaining pages go to a fresh instance.
 */
export async function validateAmpFiles(files: readonly string[]): Promise<AmpFileResult[]> {
  const source = await readFile(ensureValidatorScript(), 'utf8')
  const fresh = async () => {
    const engine = newInstance(source)
    await engine.init()
    return engine
  }
  let engine = await fresh()
  const results: AmpFileResult[] = []
  for (const file of files) {
    const html = await readFile(file, 'utf8')
    try {
      const result = engine.validateString(html)
      results.push({
        file,
        status: result.status,
        errors: result.errors.filter((e) => e.severity === 'ERROR').map((e) => `${e.line}:${e.col} ${e.message}`)
      })
    } catch (error) {
      results.push({file, crash: String(error)})
      engine = await fresh()
    }
  }
  return results
}
