import {describe, expect, it} from 'vitest'
import {formatDiagnostic} from '../../pipeline/diagnostics/diagnostic.ts'
import {groupReleases} from '../../pipeline/validate/group-releases.ts'
import {readReleaseDocument, type ReleaseDocument} from '../../pipeline/validate/read-release-document.ts'
import {parseSiteConfig} from '../../pipeline/validate/read-site-config.ts'
import {fixtureConfig, release} from '../support/site-fixture.ts'

const config = parseSiteConfig(fixtureConfig, 'site.yaml').config!

function doc(path: string, fields: Record<string, unknown> = {}): ReleaseDocument {
  const {document, problems} = readReleaseDocument({path, text: release(fields)}, 'content')
  if (!document) throw new Error(problems.map(formatDiagnostic).join('\n'))
  return document
}

describe('groupReleases', () => {
  it('should join the languages of one slug into one release, newest release first', () => {
    const {releases, problems} = groupReleases(
      [doc('2024/05/a.en.md'), doc('2024/05/a.ru.md'), doc('2024/06/b.uz.md', {date: '2024-06-01T12:00:00+05:00'})],
      config
    )
    expect(problems).toEqual([])
    expect(releases.map((r) => [r.slug, Object.keys(r.translations)])).toEqual([
      ['b', ['uz']],
      ['a', ['en', 'ru']]
    ])
  })

  it('should give one error, on the one translation whose date differs, naming the others', () => {
    const {problems, releases} = groupReleases(
      [doc('2024/05/a.en.md'), doc('2024/05/a.ru.md', {date: '2024-05-11T09:30:00+05:00'}), doc('2024/05/a.uz.md')],
      config
    )
    expect(releases).toEqual([])
    expect(problems.map(formatDiagnostic)).toEqual([
      'content/2024/05/a.ru.md:3:7 error "date": unexpected date "2024-05-11T09:30:00+05:00", expected "2024-05-10T09:30:00+05:00" as in the other translations (see also content/2024/05/a.en.md, content/2024/05/a.uz.md)'
    ])
  })

  it('should take the default language’s date when two translations each have their own', () => {
    const {problems} = groupReleases([doc('2024/05/a.ru.md', {date: '2024-05-11T09:30:00+05:00'}), doc('2024/05/a.en.md')], config)
    expect(problems.map((p) => p.file)).toEqual(['content/2024/05/a.ru.md'])
  })

  it('should say a slug used in two months collides, with both URLs under the configured prefix', () => {
    const prefixed = parseSiteConfig(fixtureConfig.replace('label: English}', 'label: English, prefix: english}'), 'site.yaml').config!
    const {problems} = groupReleases([doc('2022/08/a.en.md', {date: '2022-08-10T09:30:00+05:00'}), doc('2023/03/a.en.md')], prefixed)
    expect(problems.map(formatDiagnostic)).toContainEqual(
      'content/2022/08/a.en.md error slug "a" is used by 2 releases, /english/2022/08/a/ and /english/2023/03/a/; expected each slug once across all months, as it joins a release\'s translations: rename one of the files (see also content/2023/03/a.en.md)'
    )
    expect(problems.map((p) => p.message).join('\n')).not.toContain('one URL')
  })

  it('should read the folder month in the agency time zone, not UTC', () => {
    // 1 June 00:30 in Tashkent is still 31 May in UTC.
    const ok = groupReleases([doc('2024/06/a.en.md', {date: '2024-06-01T00:30:00+05:00'})], config)
    expect(ok.problems).toEqual([])
    const misplaced = groupReleases([doc('2024/05/a.en.md', {date: '2024-06-01T00:30:00+05:00'})], config)
    expect(misplaced.problems.map(formatDiagnostic)).toEqual([
      'content/2024/05/a.en.md:3:7 error "date": unexpected folder 2024/05, expected 2024/06 to match the date in Asia/Tashkent'
    ])
  })
})
