import {describe, expect, it} from 'vitest'
import {formatDiagnostic} from '../../pipeline/diagnostics/diagnostic.ts'
import {groupReleases} from '../../pipeline/validate/group-releases.ts'
import {readReleaseDocument, type ReleaseDocument} from '../../pipeline/validate/read-release-document.ts'
import {release} from '../support/site-fixture.ts'

function doc(path: string, fields: Record<string, unknown> = {}): ReleaseDocument {
  const {document, problems} = readReleaseDocument({path, text: release(fields)}, 'content')
  if (!document) throw new Error(problems.map(formatDiagnostic).join('\n'))
  return document
}

describe('groupReleases', () => {
  it('should join the languages of one slug into one release, newest release first', () => {
    const {releases, problems} = groupReleases(
      [doc('2024/05/a.en.md'), doc('2024/05/a.ru.md'), doc('2024/06/b.uz.md', {date: '2024-06-01T12:00:00+05:00'})],
      'Asia/Tashkent'
    )
    expect(problems).toEqual([])
    expect(releases.map((r) => [r.slug, Object.keys(r.translations)])).toEqual([
      ['b', ['uz']],
      ['a', ['en', 'ru']]
    ])
  })

  it('should name every file when translations disagree on the date', () => {
    const {problems, releases} = groupReleases([doc('2024/05/a.en.md'), doc('2024/05/a.ru.md', {date: '2024-05-11T09:30:00+05:00'})], 'Asia/Tashkent')
    expect(releases).toEqual([])
    expect(problems.map(formatDiagnostic)).toEqual([
      expect.stringMatching(
        /^content\/2024\/05\/a\.en\.md:3:7 error "date": translations of "a" disagree on the date.*\(see also content\/2024\/05\/a\.ru\.md\)$/
      ),
      expect.stringMatching(
        /^content\/2024\/05\/a\.ru\.md:3:7 error "date": translations of "a" disagree on the date.*\(see also content\/2024\/05\/a\.en\.md\)$/
      )
    ])
  })

  it('should name both files when two map to one release-language URL', () => {
    const {problems} = groupReleases([doc('2024/05/a.en.md'), doc('2024/06/a.en.md')], 'Asia/Tashkent')
    const messages = problems.map(formatDiagnostic)
    expect(messages).toContainEqual(
      expect.stringMatching(/^content\/2024\/05\/a\.en\.md error two files map to one URL .*see also content\/2024\/06\/a\.en\.md/)
    )
    expect(messages).toContainEqual(
      expect.stringMatching(/^content\/2024\/06\/a\.en\.md error two files map to one URL .*see also content\/2024\/05\/a\.en\.md/)
    )
  })

  it('should read the folder month in the agency time zone, not UTC', () => {
    // 1 June 00:30 in Tashkent is still 31 May in UTC.
    const ok = groupReleases([doc('2024/06/a.en.md', {date: '2024-06-01T00:30:00+05:00'})], 'Asia/Tashkent')
    expect(ok.problems).toEqual([])
    const misplaced = groupReleases([doc('2024/05/a.en.md', {date: '2024-06-01T00:30:00+05:00'})], 'Asia/Tashkent')
    expect(misplaced.problems.map(formatDiagnostic)).toEqual([
      'content/2024/05/a.en.md:3:7 error "date": unexpected folder 2024/05, expected 2024/06 to match the date in Asia/Tashkent'
    ])
  })
})
