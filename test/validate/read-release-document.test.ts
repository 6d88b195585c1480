import {describe, expect, it} from 'vitest'
import {formatDiagnostic} from '../../pipeline/diagnostics/diagnostic.ts'
import {readReleaseDocument} from '../../pipeline/validate/read-release-document.ts'

function check(path: string, text: string) {
  return readReleaseDocument({path, text}, 'content').problems.map(formatDiagnostic)
}

describe('readReleaseDocument', () => {
  it('should accept a complete release and keep its fields', () => {
    const {document, problems} = readReleaseDocument(
      {path: '2022/08/sco-forum.ru.md', text: '---\ntitle: Форум\ndate: 2022-08-31T10:00:00+05:00\nsummary: Кратко.\ntags: [sco]\n---\nТекст.\n'},
      'content'
    )
    expect(problems).toEqual([])
    expect(document).toMatchObject({slug: 'sco-forum', locale: 'ru', year: '2022', month: '08', bodyLine: 7})
    expect(document?.frontMatter.tags).toEqual(['sco'])
  })

  it('should point a bad date at its value with what was expected and what was found', () => {
    expect(check('2022/08/sco-forum.ru.md', '---\ntitle: Форум\ndate: 31.08.2022\nsummary: Кратко.\n---\n')).toEqual([
      'content/2022/08/sco-forum.ru.md:3:7 error "date": expected an ISO 8601 date-time with offset, e.g. 2022-08-31T10:00:00+05:00, got "31.08.2022"'
    ])
  })

  it('should report every problem of a file, not only the first', () => {
    const problems = check('2022/08/x.en.md', '---\ndate: yesterday\nsumry: typo\nsource: agency\n---\n')
    expect(problems).toEqual([
      'content/2022/08/x.en.md:2:1 error "title": expected a title, but it is missing',
      'content/2022/08/x.en.md:2:7 error "date": expected an ISO 8601 date-time with offset, e.g. 2022-08-31T10:00:00+05:00, got "yesterday"',
      'content/2022/08/x.en.md:3:1 error "sumry": unknown key `sumry` — did you mean `summary`?',
      'content/2022/08/x.en.md:4:1 error "source": unknown key `source`, expected one of the known fields'
    ])
  })

  it('should point a YAML syntax error at its own line and column', () => {
    const [problem] = check('2022/08/x.en.md', '---\ntitle: T\ndate: a: b\n---\n')
    expect(problem).toMatch(/^content\/2022\/08\/x\.en\.md:3:7 error invalid YAML: /)
  })

  it('should reject an unknown locale suffix and a file outside <yyyy>/<mm>/', () => {
    expect(check('2022/08/x.de.md', '')).toEqual([
      'content/2022/08/x.de.md error unknown locale suffix ".de", expected one of .en, .ru, .uz, .uz-Cyrl'
    ])
    expect(check('x.en.md', '')[0]).toMatch(/expected content\/<yyyy>\/<mm>\/<slug>\.<locale>\.md/)
  })

  it('should refuse an update dated before the release and a summary over 300 characters', () => {
    const problems = check(
      '2022/08/x.en.md',
      `---\ntitle: T\ndate: 2022-08-31T10:00:00+05:00\nupdated: 2022-08-30T10:00:00+05:00\nsummary: ${'a'.repeat(301)}\n---\n`
    )
    expect(problems.some((p) => p.includes(':5:10 error "summary": expected a summary of at most 300 characters'))).toBe(true)
    expect(problems.some((p) => p.includes(':4:10 error "updated": expected "updated" not to be before "date"'))).toBe(true)
  })

  it('should require alt text when there is an image', () => {
    const problems = check('2022/08/x.en.md', '---\ntitle: T\ndate: 2022-08-31T10:00:00+05:00\nsummary: S\nimage:\n  src: /media/a.jpg\n---\n')
    expect(problems).toEqual([
      expect.stringContaining('x.en.md:6:3 error "image.alt": expected alternative text describing the image, but it is missing')
    ])
  })

  it('should point an over-indented key at its own line and say what is wrong with it', () => {
    const text = '---\ntitle: T\ndate: 2022-08-31T10:00:00+05:00\nsummary: S\nimage:\n  src: /media/a.jpg\n    alt: A photo\n---\n'
    expect(check('2022/08/x.en.md', text)).toEqual([
      'content/2022/08/x.en.md:7:5 error `alt` is indented more than the keys above it, expected it in line with `src` (2 spaces in)'
    ])
  })

  it('should point an unclosed quote where it opens, not at the end of the front matter', () => {
    const text = '---\ntitle: "Budget 2024\ndate: 2022-08-31T10:00:00+05:00\nsummary: S\n---\n'
    expect(check('2022/08/x.en.md', text)).toEqual([
      'content/2022/08/x.en.md:2:8 error unclosed quote: the " here never closes, expected a closing " at the end of the value (write \\" for a " inside it)'
    ])
  })

  it('should take a mistyped key for the field it is a letter away from, and list the known fields', () => {
    const {problems} = readReleaseDocument(
      {path: '2022/08/x.en.md', text: '---\ntitle: T\ndate: 2022-08-31T10:00:00+05:00\nsummmary: S\n---\n'},
      'content'
    )
    expect(problems.map(formatDiagnostic)).toEqual(['content/2022/08/x.en.md:4:1 error "summmary": unknown key `summmary` — did you mean `summary`?'])
    expect(problems[0]?.hint).toBe(
      'the known fields are `title`, `date`, `updated`, `summary`, `dateline`, `author`, `tags`, `image`, `draft`, `embargo`, `corrections`, `withdrawn`'
    )
  })

  it('should show a value that runs on over two lines quoted, on one line, and say which line to look at', () => {
    const text = '---\ntitle: T\ndate: 2022-08-31T10:00:00+05:00\nsummary: S\ntags:\n  - economy\n    - sco\n---\n'
    expect(check('2022/08/x.en.md', text)).toEqual([
      'content/2022/08/x.en.md:6:5 error "tags.0": expected a tag id in lowercase letters, digits and hyphens, got "economy - sco" (the value runs on to line 7: is that line indented too far?)'
    ])
  })
})
