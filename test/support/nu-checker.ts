import {execFileSync} from 'node:child_process'
import {createRequire} from 'node:module'

const vnuJar = String(createRequire(import.meta.url)('vnu-jar'))

export interface NuMessage {
  readonly type: string
  readonly subType?: string
  readonly url: string
  readonly lastLine?: number
  readonly message: string
  readonly extract?: string
}

/** Run the Nu Html Checker (vnu.jar, with Java) over HTML files; return its errors. */
export function nuCheck(files: readonly string[]): NuMessage[] {
  if (files.length === 0) throw new Error('nothing to check')
  const output = execFileSync('java', ['-jar', vnuJar, '--format', 'json', '--exit-zero-always', '--stdout', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024
  })
  const {messages} = JSON.parse(output) as {messages: NuMessage[]}
  return messages.filter((m) => m.type === 'error' || m.subType === 'fatal')
}
