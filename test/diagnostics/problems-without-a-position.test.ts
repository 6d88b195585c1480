import {describe, expect, it} from 'vitest'
import {runCli} from '../support/run-cli.ts'
import {makeSite, release, tinyPng} from '../support/site-fixture.ts'

/** Two files for one release and language: a problem with each file as a whole, at no line. */
const twins = () =>
  makeSite({
    'content/media/logo.png': tinyPng,
    'content/2024/05/twin.en.md': release(),
    'content/2024/06/twin.en.md': release({date: '2024-05-10T09:30:00+05:00'})
  })

const collision =
  'slug "twin" is used by 2 releases, /en/2024/05/twin/ and /en/2024/06/twin/; expected each slug once across all months, as it joins a release\'s translations: rename one of the files'

describe('problems without a position', () => {
  it('should be printed with the file alone, not a made-up 1:1 and the first line under it', async () => {
    const {status, stderr} = runCli(['check'], await twins())
    expect(status).toBe(1)
    const lines = stderr.trimEnd().split('\n')
    expect(lines).toEqual([
      `content/2024/05/twin.en.md error ${collision} (see also content/2024/06/twin.en.md)`,
      `content/2024/06/twin.en.md error ${collision} (see also content/2024/05/twin.en.md)`
    ])
  })

  it('should reach machines without a line or column', async () => {
    const {stdout} = runCli(['check', '--format', 'json'], await twins())
    const report = JSON.parse(stdout) as {diagnostics: Record<string, unknown>[]}
    expect(report.diagnostics).toHaveLength(2)
    for (const d of report.diagnostics) {
      expect(d).toMatchObject({severity: 'error', file: expect.stringMatching(/twin\.en\.md$/)})
      expect(d).not.toHaveProperty('line')
      expect(d).not.toHaveProperty('column')
    }
  })
})
