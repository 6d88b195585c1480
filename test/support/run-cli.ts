import {spawnSync} from 'node:child_process'
import {join} from 'node:path'
import {repoRoot} from './site-fixture.ts'

/**
 * Run the `matbuot` command as an editor would, in `cwd`. A command still running after
 * `timeoutMs` is killed and comes back with status null and `timedOut`, so a hang fails the test
 * instead of stalling the run.
 */
export function runCli(args: readonly string[], cwd: string, env: Record<string, string> = {}, timeoutMs = 60_000) {
  const result = spawnSync(process.execPath, [join(repoRoot, 'pipeline/matbuot.js'), ...args], {
    cwd,
    encoding: 'utf8',
    env: {...process.env, NO_COLOR: '1', ...env},
    timeout: timeoutMs,
    killSignal: 'SIGKILL'
  })
  const timedOut = (result.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT'
  return {status: result.status, stdout: result.stdout, stderr: result.stderr, timedOut}
}
