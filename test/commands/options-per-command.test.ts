import {access} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {runCli} from '../support/run-cli.ts'
import {makeSite, release, tinyPng} from '../support/site-fixture.ts'

/** The options a command's --help offers, by their long names. */
function offered(command: string): string[] {
  const {status, stdout} = runCli([command, '--help'], process.cwd())
  expect(status).toBe(0)
  return [...stdout.matchAll(/^ {2}(?:-\w, )?(--[\w-]+)/gm)].map((match) => match[1]!)
}

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false
  )

describe('the options of each command', () => {
  it('should be only those it uses: check writes nothing and sees drafts, dev serves from memory and shows drafts', () => {
    expect(offered('build')).toEqual(['--out', '--base-url', '--drafts', '--now', '--jobs', '--no-cache', '--partner-bundle', '--notify', '--help'])
    expect(offered('check')).toEqual(['--base-url', '--jobs', '--no-cache', '--format', '--help'])
    expect(offered('dev')).toEqual(['--base-url', '--now', '--jobs', '--no-cache', '--port', '--help'])
  })

  it('should refuse in one line an option a command has no use for', async () => {
    const root = await makeSite({'content/media/logo.png': tinyPng, 'content/2024/05/budget.en.md': release()})
    for (const args of [
      ['check', '--out', 'public'],
      ['check', '--drafts'],
      ['dev', '--drafts'],
      ['dev', '--out', 'public']
    ]) {
      const {status, stderr} = runCli(args, root, {}, 30_000)
      expect(status, args.join(' ')).toBe(1)
      expect(stderr.trim(), args.join(' ')).toBe(`Unknown option \`${args[1]}\``)
    }
  })
})

describe('--no-cache', () => {
  it('should not be described as on by default', () => {
    const help = runCli(['build', '--help'], process.cwd()).stdout
    const line = help.split('\n').find((l) => l.trimStart().startsWith('--no-cache'))
    expect(line).toBeDefined()
    expect(line).not.toContain('(default: true)')
    expect(line).toContain('by default, what is unchanged is reused')
  })

  it('should still keep nothing in .cache/matbuot/, and a build without it should keep its store there', async () => {
    const root = await makeSite({'content/media/logo.png': tinyPng, 'content/2024/05/budget.en.md': release()})
    expect(runCli(['build', '--no-cache'], root).status).toBe(0)
    expect(await exists(join(root, '.cache/matbuot'))).toBe(false)
    expect(runCli(['build'], root).status).toBe(0)
    expect(await exists(join(root, '.cache/matbuot/store.sqlite'))).toBe(true)
  })
})
