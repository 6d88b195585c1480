import {mkdtemp, mkdir, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {overlayProblems} from '../../pipeline/dev/overlay-problems.ts'
import {diagnostic} from '../../pipeline/diagnostics/diagnostic.ts'

/** A project folder holding one release file with `text`. */
async function projectWith(text: string): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'matbuot-overlay-'))
  await mkdir(join(root, 'content'))
  await writeFile(join(root, 'content/a.en.md'), text)
  return root
}

describe('overlayProblems', () => {
  it('should give each problem its place, message, plain code frame and hint', async () => {
    const root = await projectWith('---\ntitle: A\r\ndate: 31.08.2022\n---\n')
    const problems = await overlayProblems(
      [
        diagnostic('error', 'content/a.en.md', 'expected an ISO 8601 date-time', {
          line: 3,
          column: 7,
          field: 'date',
          hint: 'write 2022-08-31T10:00:00+05:00'
        })
      ],
      root
    )
    expect(problems).toEqual([
      {
        place: 'content/a.en.md:3:7',
        message: 'error "date": expected an ISO 8601 date-time',
        frame: '    3 | date: 31.08.2022\n      |       ^',
        hint: 'write 2022-08-31T10:00:00+05:00'
      }
    ])
  })

  it('should read the file as it is now, not as an earlier failure saw it', async () => {
    const root = await projectWith('---\ntitle: [one]\n---\n')
    const at = diagnostic('error', 'content/a.en.md', 'expected a title', {line: 2, column: 8})
    expect((await overlayProblems([at], root))[0]!.frame).toContain('title: [one]')
    await writeFile(join(root, 'content/a.en.md'), '---\ntitle: [two]\n---\n')
    expect((await overlayProblems([at], root))[0]!.frame).toContain('title: [two]')
  })

  it('should show no frame for a problem without a position or a file that cannot be read', async () => {
    const root = await projectWith('')
    const problems = await overlayProblems(
      [diagnostic('error', 'content/a.en.md', 'unexpected empty file'), diagnostic('error', 'content/gone.md', 'gone', {line: 1})],
      root
    )
    expect(problems).toEqual([
      {place: 'content/a.en.md', message: 'error unexpected empty file'},
      {place: 'content/gone.md:1:1', message: 'error gone'}
    ])
  })
})
