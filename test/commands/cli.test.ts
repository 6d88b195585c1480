import {spawnSync} from 'node:child_process'
import {mkdtemp, readFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {runCli} from '../support/run-cli.ts'
import {makeSite, release, repoRoot, tinyPng} from '../support/site-fixture.ts'

const goodSite = () =>
  makeSite({
    'content/media/logo.png': tinyPng,
    'content/2024/05/budget.en.md': release({title: 'Budget', tags: ['economy']}, 'See [a missing release](/en/2024/01/nowhere/).'),
    'content/2024/05/budget.ru.md': release({title: 'Бюджет', updated: '2024-05-11T09:30:00+05:00'})
  })

describe('npm run build', () => {
  it('should build the project’s own site, as the README says', async () => {
    const out = await mkdtemp(join(tmpdir(), 'matbuot-npm-build-'))
    const result = spawnSync('npm', ['run', 'build', '--', '--out', out], {cwd: repoRoot, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}})
    expect(result.status, result.stderr).toBe(0)
    expect(await readFile(join(out, 'en/2022/08/sco-information-security-forum/index.html'), 'utf8')).toContain('<html lang="en">')
  })
})

describe('matbuot', () => {
  it('should describe every command and its options with --help', () => {
    const top = runCli(['--help'], process.cwd())
    expect(top.status).toBe(0)
    for (const command of ['build', 'check', 'new', 'dev']) expect(top.stdout).toContain(command)
    for (const [command, option] of [
      ['build', '--out <dir>'],
      ['build', '--now <iso>'],
      ['check', '--format <format>'],
      ['new', '--title <title>'],
      ['dev', '--port <port>']
    ]) {
      const help = runCli([command!, '--help'], process.cwd())
      expect(help.status).toBe(0)
      expect(help.stdout).toContain(option)
    }
  })

  it('should refuse an unknown command and a malformed option with exit 1 and no stack trace', async () => {
    const root = await goodSite()
    for (const args of [['publish'], ['build', '--now', 'yesterday'], ['check', '--format', 'xml'], ['build', '--base-url', 'dunyo']]) {
      const {status, stderr} = runCli(args, root)
      expect(status, args.join(' ')).toBe(1)
      expect(stderr).toMatch(/expected/)
      expect(stderr).not.toMatch(/\n\s+at /)
    }
  })

  it('build should summarize releases per locale, files per output and warnings, without colour when NO_COLOR is set', async () => {
    const root = await goodSite()
    const {status, stdout, stderr} = runCli(['build'], root)
    expect(status).toBe(0)
    expect(stdout).toMatch(/^Built dist\/ in \d+\.\d\d s$/m)
    expect(stdout).toContain('releases: en 1 · ru 1 · uz 0')
    expect(stdout).toMatch(/files: html \d+ · amp 2 · feeds 9 · sitemaps 6 · syndication 10 · assets 2/)
    expect(stdout).toContain('warnings: 1')
    expect(stderr).toContain('content/2024/05/budget.en.md:7:5 warning link to /en/2024/01/nowhere/ leads to no published release')
    expect(stdout + stderr).not.toContain('\u001b[')
  })

  it('build --base-url and --out should change where and for whom the site is built', async () => {
    const root = await goodSite()
    expect(runCli(['build', '--out', 'public', '--base-url', 'https://press.test/'], root).status).toBe(0)
    const page = await readFile(join(root, 'public/en/2024/05/budget/index.html'), 'utf8')
    expect(page).toContain('<link rel="canonical" href="https://press.test/en/2024/05/budget/">')
  })

  it('check should list problems with positions and a code frame, errors first, and exit 1', async () => {
    const root = await makeSite({
      'content/media/logo.png': tinyPng,
      'content/2024/05/a.en.md': release({title: 'A'}, '![](/media/gone.png)'),
      'content/2024/05/b.ru.md': '---\ntitle: B\ndate: 10.05.2024\nsummary: S\n---\n'
    })
    const {status, stderr} = runCli(['check'], root)
    expect(status).toBe(1)
    const error = stderr.indexOf('content/2024/05/b.ru.md:3:7 error "date"')
    expect(error).toBeGreaterThanOrEqual(0)
    expect(stderr.slice(error)).toMatch(/^.*\n\s+3 \| date: 10\.05\.2024\n\s+\|       \^/)
  })

  it('check --format json should give machines every problem and the translation table', async () => {
    const root = await goodSite()
    const {status, stdout} = runCli(['check', '--format', 'json'], root)
    expect(status).toBe(0)
    const report = JSON.parse(stdout)
    expect(report).toMatchObject({ok: true, errors: 0})
    expect(report.diagnostics).toContainEqual(
      expect.objectContaining({severity: 'warning', file: 'content/2024/05/budget.en.md', line: 7, column: 5})
    )
    expect(report.diagnostics).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        file: 'content/2024/05/budget.en.md',
        field: 'date',
        message: expect.stringContaining('probably stale')
      })
    )
    expect(report.translations).toEqual([{slug: 'budget', folder: '2024/05', locales: {en: true, ru: true, uz: false}}])
  })

  it('check should write nothing', async () => {
    const root = await goodSite()
    runCli(['check'], root)
    await expect(readFile(join(root, 'dist/index.html'))).rejects.toThrow(/ENOENT/)
  })

  it('new should write draft files, print their paths and refuse to overwrite them', async () => {
    const root = await goodSite()
    const first = runCli(['new', '--title', 'Oʻzbekiston budget 2027', '--locales', 'en,uz', '--date', '2026-12-01T10:00:00+05:00'], root)
    expect(first.status).toBe(0)
    expect(first.stdout.trim().split('\n')).toEqual(['content/2026/12/ozbekiston-budget-2027.en.md', 'content/2026/12/ozbekiston-budget-2027.uz.md'])
    const written = await readFile(join(root, 'content/2026/12/ozbekiston-budget-2027.en.md'), 'utf8')
    expect(written).toContain('draft: true')
    const again = runCli(['new', '--title', 'Oʻzbekiston budget 2027', '--date', '2026-12-01T10:00:00+05:00'], root)
    expect(again.status).toBe(1)
    expect(again.stderr).toContain('content/2026/12/ozbekiston-budget-2027.en.md')
    expect(await readFile(join(root, 'content/2026/12/ozbekiston-budget-2027.en.md'), 'utf8')).toBe(written)
  })
})
