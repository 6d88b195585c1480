import {describe, expect, it} from 'vitest'
import {runCli} from '../support/run-cli.ts'
import {makeSite, release, tinyPng} from '../support/site-fixture.ts'

type Reported = {severity: string; file: string; line?: number; column?: number; message: string; hint?: string}

function checkJson(root: string): Reported[] {
  return (JSON.parse(runCli(['check', '--format', 'json'], root).stdout) as {diagnostics: Reported[]}).diagnostics
}

describe('matbuot check, as an editor reads it', () => {
  it('should print the known fields under a mistyped key, after its code frame', async () => {
    const root = await makeSite({
      'content/media/logo.png': tinyPng,
      'content/2024/05/a.en.md': '---\ntitle: A\ndate: 2024-05-10T09:30:00+05:00\nsummmary: S\n---\nBody.\n'
    })
    const {status, stderr} = runCli(['check'], root)
    expect(status).toBe(1)
    expect(stderr).toContain(
      [
        'content/2024/05/a.en.md:4:1 error "summmary": unknown key `summmary` — did you mean `summary`?',
        '    4 | summmary: S',
        '      | ^',
        '      = hint: the known fields are `title`, `date`, `updated`, `summary`, `dateline`, `author`, `tags`, `image`, `draft`, `embargo`'
      ].join('\n')
    )
    expect(stderr).not.toContain('missing')
  })

  it('should report one wrong date once, on its own file', async () => {
    const root = await makeSite({
      'content/media/logo.png': tinyPng,
      'content/2024/05/a.en.md': release(),
      'content/2024/05/a.ru.md': release({date: '2024-05-11T09:30:00+05:00'}),
      'content/2024/05/a.uz.md': release()
    })
    const errors = checkJson(root).filter((d) => d.severity === 'error')
    expect(errors).toEqual([expect.objectContaining({file: 'content/2024/05/a.ru.md', line: 3, column: 7})])
    expect(errors[0]!.message.length).toBeLessThan(120)
  })

  it('should point the Uzbek apostrophe note at the first apostrophe it changed', async () => {
    const root = await makeSite({'content/media/logo.png': tinyPng, 'content/2024/05/x.uz.md': release({title: "O'zbekiston"}, "Ma'lumot.")})
    expect(checkJson(root)).toContainEqual(
      expect.objectContaining({
        severity: 'info',
        line: 2,
        column: 10,
        message: expect.stringMatching(/^normalized 2 Uzbek apostrophes, the first of them here/)
      })
    )
    const {stderr} = runCli(['check'], root)
    expect(stderr).toContain(`    2 | title: "O'zbekiston"\n      |          ^`)
  })

  it('should give machines a stable id and what was expected and found, apart from the wording', async () => {
    const root = await makeSite({
      'content/media/logo.png': tinyPng,
      'content/2024/05/a.en.md': '---\ntitle: A\ndate: 10.05.2024\nsumary: S\n---\nBody.\n'
    })
    expect(checkJson(root)).toEqual([
      expect.objectContaining({id: 'MB1102', file: 'content/2024/05/a.en.md', line: 3, column: 7, field: 'date', actual: '"10.05.2024"'}),
      expect.objectContaining({id: 'MB1101', line: 4, column: 1, field: 'sumary', expected: 'summary', actual: 'sumary'})
    ])
  })
})
