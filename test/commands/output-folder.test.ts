import {existsSync} from 'node:fs'
import {chmod, mkdir, readdir, readFile, rm, stat, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {runCli} from '../support/run-cli.ts'
import {makeSite, release, tinyPng} from '../support/site-fixture.ts'

const site = () =>
  makeSite({
    'content/media/logo.png': tinyPng,
    'content/media/photo.png': tinyPng,
    'content/2024/05/budget.en.md': release({title: 'Budget'}),
    'content/2024/05/budget.ru.md': release({title: 'Бюджет'}),
    'package.json': '{"name": "press-site", "private": true}\n'
  })

/** Every file under a folder with its bytes, to show that nothing in it changed. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, {recursive: true, withFileTypes: true})
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name))
  return Object.fromEntries(await Promise.all(files.map(async (file) => [file.slice(dir.length), (await readFile(file)).toString('base64')])))
}

/** A refusal: exit status 2 and one line that says so, no stack trace, nothing left hanging. */
function expectRefused(result: ReturnType<typeof runCli>, message: RegExp) {
  expect(result.timedOut, 'the command hung').toBe(false)
  expect(result.stderr).not.toMatch(/\n\s+at /)
  expect(result.stderr.trim().split('\n'), result.stderr).toHaveLength(1)
  expect(result.stderr).toMatch(message)
  expect(result.status, result.stderr).toBe(2)
}

describe('matbuot build --out', () => {
  it('should refuse --out content instead of deleting every release', async () => {
    const root = await site()
    const before = await snapshot(join(root, 'content'))
    expectRefused(runCli(['build', '--out', 'content'], root), /^--out content: refusing to replace the folder of the releases \(content\)/)
    expect(await snapshot(join(root, 'content'))).toEqual(before)
  })

  it('should refuse --out content/media instead of deleting every image', async () => {
    const root = await site()
    const before = await snapshot(join(root, 'content/media'))
    expectRefused(runCli(['build', '--out', 'content/media'], root), /^--out content\/media: refusing to write inside the folder of the releases/)
    expect(await snapshot(join(root, 'content/media'))).toEqual(before)
  })

  it('should refuse --out package.json instead of replacing the file with a folder', async () => {
    const root = await site()
    expectRefused(runCli(['build', '--out', 'package.json'], root), /^--out package\.json: is a file, not a folder/)
    expect(await readFile(join(root, 'package.json'), 'utf8')).toBe('{"name": "press-site", "private": true}\n')
    expect(runCli(['check'], root).status).toBe(0)
  })

  it.skipIf(!existsSync('/proc/self'))('should say in one line that /proc/x cannot be created, instead of hanging', async () => {
    const root = await site()
    expectRefused(runCli(['build', '--out', '/proc/x'], root, {}, 30_000), /^--out \/proc\/x: cannot write into \/proc: /)
  })

  it('should refuse the project folder, a folder around it, and locales/', async () => {
    const root = await site()
    const before = await snapshot(root)
    expectRefused(runCli(['build', '--out', '.'], root), /^--out \.: refusing to replace the project folder/)
    expectRefused(runCli(['build', '--out', '..'], root), /^--out \.\.: refusing to replace a folder that holds the project folder/)
    expectRefused(runCli(['build', '--out', 'locales'], root), /^--out locales: refusing to replace the folder of the UI strings/)
    expectRefused(runCli(['build', '--out', 'locales/site'], root), /^--out locales\/site: refusing to write inside the folder of the UI strings/)
    expect(await snapshot(root)).toEqual(before)
  })

  it('should refuse a folder holding files Matbuot did not write', async () => {
    const root = await site()
    await mkdir(join(root, 'notes'))
    await writeFile(join(root, 'notes/todo.txt'), 'call the ministry\n')
    expectRefused(runCli(['build', '--out', 'notes'], root), /^--out notes: holds files Matbuot did not write \(it has no \.matbuot-output mark\)/)
    expect(await readdir(join(root, 'notes'))).toEqual(['todo.txt'])
  })

  it('should take a folder named like a number, and refuse --out given twice, without a stack trace', async () => {
    const root = await site()
    expect(runCli(['build', '--out', '2024'], root).status).toBe(0)
    expect(await readFile(join(root, '2024/en/2024/05/budget/index.html'), 'utf8')).toContain('Budget')
    const twice = runCli(['build', '--out', 'a', '--out', 'b'], root)
    expect(twice.stderr).toMatch(/^--out: expected one path, got 2: a, b\n$/)
    expect(twice.status).toBe(1)
  })

  it('should refuse a folder under a file', async () => {
    const root = await site()
    expectRefused(runCli(['build', '--out', 'package.json/site'], root), /^--out package\.json\/site: cannot be created: package\.json is a file/)
  })

  it.skipIf(process.getuid?.() === 0)('should refuse a folder it cannot write into', async () => {
    const root = await site()
    await mkdir(join(root, 'locked'))
    await chmod(join(root, 'locked'), 0o555)
    expectRefused(runCli(['build', '--out', 'locked/site'], root), /^--out locked\/site: cannot write into locked: permission denied/)
  })

  it('should replace an empty folder and the folder it wrote itself, marked by an empty .matbuot-output folder', async () => {
    const root = await site()
    await mkdir(join(root, 'public'))
    expect(runCli(['build', '--out', 'public'], root).status).toBe(0)
    // A folder, not a file: nothing more for a host to serve or a file list to show.
    expect((await stat(join(root, 'public/.matbuot-output'))).isDirectory()).toBe(true)
    expect(await readdir(join(root, 'public/.matbuot-output'))).toEqual([])
    await writeFile(join(root, 'content/2024/05/budget.en.md'), release({title: 'Budget, revised'}))
    expect(runCli(['build', '--out', 'public'], root).status).toBe(0)
    expect(await readFile(join(root, 'public/en/2024/05/budget/index.html'), 'utf8')).toContain('Budget, revised')
  })
})

describe('matbuot build --partner-bundle', () => {
  it('should refuse content/, and the public site in either direction, since the bundle holds embargoed releases', async () => {
    const root = await site()
    const before = await snapshot(join(root, 'content'))
    expectRefused(runCli(['build', '--partner-bundle', 'content'], root), /^--partner-bundle content: refusing to replace the folder of the releases/)
    expectRefused(
      runCli(['build', '--partner-bundle', 'dist/partners'], root),
      /^--partner-bundle dist\/partners: refusing to write inside the public site \(dist\)/
    )
    expectRefused(runCli(['build', '--partner-bundle', 'dist'], root), /^--partner-bundle dist: refusing to replace the public site/)
    expectRefused(
      runCli(['build', '--out', 'partners/site', '--partner-bundle', 'partners'], root),
      /^--partner-bundle partners: refusing to replace a folder that holds the public site/
    )
    expect(await snapshot(join(root, 'content'))).toEqual(before)
  })

  it('should refuse a file', async () => {
    const root = await site()
    expectRefused(runCli(['build', '--partner-bundle', 'package.json'], root), /^--partner-bundle package\.json: is a file, not a folder/)
  })
})

describe('a project that is not all there', () => {
  it('should say in one line that content/ is missing, for build, check and dev', async () => {
    const root = await makeSite({})
    for (const command of ['build', 'check', 'dev']) {
      expectRefused(
        runCli([command], root, {}, 30_000),
        /^content: not found, expected the folder of the releases here; run matbuot in the folder that holds site\.yaml/
      )
    }
  })

  it('should say in one line that site.yaml is missing', async () => {
    const root = await makeSite({'content/2024/05/budget.en.md': release()})
    await rm(join(root, 'site.yaml'))
    for (const command of ['build', 'check', 'dev']) {
      expectRefused(runCli([command], root, {}, 30_000), /^site\.yaml: not found, expected the site config here/)
    }
  })

  it('should name the path of a file-system failure in one line, such as a .cache that is a file', async () => {
    const root = await site()
    await writeFile(join(root, '.cache'), '')
    expectRefused(runCli(['build'], root), /^cannot \w+( \w+)? \.cache\/matbuot(\/\S+)?: a part of the path is a file, not a folder\n$/)
  })
})
