import {spawn, type ChildProcess} from 'node:child_process'
import {cp, mkdtemp} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import type {BrowserContext, Page} from 'playwright-core'
import {afterAll, beforeAll} from 'vitest'
import {launchBrowser} from './browser.ts'
import {repoRoot} from './site-fixture.ts'

/** A copy of the project's own site, so a test can edit its files freely. */
export async function copyOfProjectSite(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'matbuot-preview-'))
  for (const entry of ['content', 'locales', 'site.yaml']) await cp(join(repoRoot, entry), join(root, entry), {recursive: true})
  return root
}

/** Start `matbuot dev` (this project's, unless `matbuot` names another copy) on a free port, with the options given, and wait for the URL it prints. */
export async function startDev(
  root: string,
  options: readonly string[] = [],
  matbuot = join(repoRoot, 'pipeline/matbuot.js')
): Promise<{process: ChildProcess; url: string; output: () => string}> {
  const child = spawn(process.execPath, [matbuot, 'dev', ...options], {cwd: root, env: {...process.env, NO_COLOR: '1'}})
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`matbuot dev printed no URL:\n${output}`)), 30_000)
    child.stdout.on('data', () => {
      const match = /Preview at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output)
      if (match) {
        clearTimeout(timer)
        resolve(match[1]!)
      }
    })
    child.once('exit', (code) => reject(new Error(`matbuot dev exited with ${code}:\n${output}`)))
  })
  return {process: child, url, output: () => output}
}

/** A copy of the project's site in `matbuot dev`, and a page of headless Chromium to look at it: started before a file's tests, stopped after them. */
export function previewInBrowser(): {root: string; dev: Awaited<ReturnType<typeof startDev>>; browser: BrowserContext; page: Page} {
  const preview = {} as ReturnType<typeof previewInBrowser>
  beforeAll(async () => {
    preview.root = await copyOfProjectSite()
    preview.dev = await startDev(preview.root)
    preview.browser = await launchBrowser()
    preview.page = await preview.browser.newPage()
  })
  afterAll(async () => {
    await preview.browser?.close()
    if (preview.dev && preview.dev.process.exitCode === null) preview.dev.process.kill('SIGKILL')
  })
  return preview
}

/**
 * Start `matbuot dev` the way `npx matbuot dev` does: from a parent process, sharing its output,
 * through `sh -c` when `shell` is set (npm runs a bin through a shell, which waits for it). The
 * parent's output pipe closes only once both the parent and the server are gone.
 */
export async function startDevUnderParent(root: string, options: {shell: boolean}) {
  const command = [process.execPath, join(repoRoot, 'pipeline/matbuot.js'), 'dev']
  const script = `
    const {spawn} = require('node:child_process')
    const command = ${JSON.stringify(command)}
    if (${options.shell}) spawn(command.map((part) => "'" + part + "'").join(' '), {shell: true, stdio: 'inherit'})
    else spawn(command[0], command.slice(1), {stdio: 'inherit'})
  `
  const parent = spawn(process.execPath, ['-e', script], {cwd: root, env: {...process.env, NO_COLOR: '1'}, stdio: ['ignore', 'pipe', 'pipe']})
  let output = ''
  parent.stdout.on('data', (chunk) => (output += chunk))
  parent.stderr.on('data', (chunk) => (output += chunk))
  const outputClosed = new Promise<void>((resolve) => parent.stdout.once('close', () => resolve()))
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`matbuot dev printed no URL:\n${output}`)), 30_000)
    parent.stdout.on('data', () => {
      const match = /Preview at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output)
      if (match) {
        clearTimeout(timer)
        resolve(match[1]!)
      }
    })
  })
  return {parent, url, outputClosed, output: () => output}
}
