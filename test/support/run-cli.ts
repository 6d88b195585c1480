import {spawnSync} from 'node:child_process'
import {join} from 'node:path'
import {repoRoot} from './site-fixture.ts'

/** Run the `matbuot` command as an editor would, in `cwd`. */
export function runCli(args: readonly string[], cwd: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [join(repoRoot, 'pipeline/matbuot.js'), ...args], {
    cwd,
    encoding: 'utf8',
    env: {...process.env, NO_COLOR: '1', ...env}
  })
  return {status: result.status, stdout: result.stdout, stderr: result.stderr}
}
