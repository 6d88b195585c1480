import {mkdir, readdir, readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {newRelease, type NewReleaseOptions} from '../../pipeline/commands/new-release.ts'
import {slugFromTitle} from '../../pipeline/localize/slug-from-title.ts'
import {readReleaseDocument} from '../../pipeline/validate/read-release-document.ts'
import {makeSite, release} from '../support/site-fixture.ts'

/** A fresh site and the options of a run in it; 18:05:00Z is 23:05:00 in Tashkent. */
async function setUp(overrides: Partial<NewReleaseOptions> = {}): Promise<NewReleaseOptions> {
  const root = await makeSite({})
  return {
    contentDir: join(root, 'content'),
    contentLabel: 'content',
    title: 'Budget 2027',
    locales: ['en', 'ru', 'uz'],
    now: new Date('2026-11-28T18:05:00.750Z'),
    timeZone: 'Asia/Tashkent',
    ...overrides
  }
}

async function readDocument(options: NewReleaseOptions, labelledPath: string) {
  const path = labelledPath.slice(`${options.contentLabel}/`.length)
  return readReleaseDocument({path, text: await readFile(join(options.contentDir, path), 'utf8')}, options.contentLabel)
}

describe('slugFromTitle', () => {
  it('should make an English title lowercase words joined by single hyphens', () => {
    expect(slugFromTitle('Budget 2027: What’s New for Exporters?')).toBe('budget-2027-whats-new-for-exporters')
  })

  it('should transliterate a Russian title', () => {
    expect(slugFromTitle('Ташкентский форум')).toBe('tashkentskiy-forum')
    expect(slugFromTitle('Бюджет на 2027 год: что изменится')).toBe('byudzhet-na-2027-god-chto-izmenitsya')
    expect(slugFromTitle('Съезд объявил')).toBe('syezd-obyavil')
  })

  it('should drop the Uzbek okina and apostrophe in every form editors type them', () => {
    expect(slugFromTitle('Toshkentda xalqaro forum boʻlib oʻtdi')).toBe('toshkentda-xalqaro-forum-bolib-otdi')
    expect(slugFromTitle('Gʻalaba kuni: taʼlim')).toBe('galaba-kuni-talim')
    expect(slugFromTitle("O'zbekiston g'alabasi")).toBe('ozbekiston-galabasi')
    expect(slugFromTitle('O‘zbekiston ta’limi')).toBe('ozbekiston-talimi')
  })

  it('should map the Uzbek Cyrillic letters Russian lacks', () => {
    expect(slugFromTitle('Ўзбекистон ғалабаси: қишлоқ ҳокимияти')).toBe('ozbekiston-galabasi-qishloq-hokimiyati')
  })

  it('should not split capitals into words', () => {
    expect(slugFromTitle('ШКОЛА iPhone')).toBe('shkola-iphone')
  })

  it('should cut a long slug at a hyphen, to at most 80 characters', () => {
    const slug = slugFromTitle('word '.repeat(30))
    expect(slug.length).toBeLessThanOrEqual(80)
    expect(slug).toMatch(/^word(?:-word)+$/)
    expect(slug).toBe(Array(16).fill('word').join('-'))
  })

  it('should throw a clear error for a title with no letters or digits', () => {
    expect(() => slugFromTitle(' — ?! ')).toThrow('expected a title with letters or digits to make a slug from, got " — ?! "')
  })
})

describe('newRelease', () => {
  it('should date a release now in Tashkent, to the second, with +05:00', async () => {
    const options = await setUp()
    const result = await newRelease(options)
    expect(result).toEqual({
      ok: true,
      paths: ['content/2026/11/budget-2027.en.md', 'content/2026/11/budget-2027.ru.md', 'content/2026/11/budget-2027.uz.md']
    })
    const {document} = await readDocument(options, 'content/2026/11/budget-2027.en.md')
    expect(document?.frontMatter.date).toBe('2026-11-28T23:05:00+05:00')
  })

  it('should take the offset from the time zone at that instant', async () => {
    const summer = await setUp({timeZone: 'Europe/Berlin', now: new Date('2026-07-01T10:00:00Z')})
    const winter = await setUp({timeZone: 'America/New_York', now: new Date('2026-01-15T03:30:09Z')})
    expect(await newRelease(summer)).toMatchObject({
      paths: ['content/2026/07/budget-2027.en.md', 'content/2026/07/budget-2027.ru.md', 'content/2026/07/budget-2027.uz.md']
    })
    expect(await newRelease(winter)).toMatchObject({
      paths: ['content/2026/01/budget-2027.en.md', 'content/2026/01/budget-2027.ru.md', 'content/2026/01/budget-2027.uz.md']
    })
    expect((await readDocument(summer, 'content/2026/07/budget-2027.en.md')).document?.frontMatter.date).toBe('2026-07-01T12:00:00+02:00')
    expect((await readDocument(winter, 'content/2026/01/budget-2027.en.md')).document?.frontMatter.date).toBe('2026-01-14T22:30:09-05:00')
  })

  it('should put a given date in the folder of its month in the time zone', async () => {
    // 20:00 UTC on 30 November is already 1 December in Tashkent.
    const options = await setUp({date: '2026-11-30T20:00:00Z', locales: ['en']})
    expect(await newRelease(options)).toEqual({ok: true, paths: ['content/2026/12/budget-2027.en.md']})
    const {document} = await readDocument(options, 'content/2026/12/budget-2027.en.md')
    expect(document?.frontMatter.date).toBe('2026-11-30T20:00:00Z')
  })

  it('should write files that validate as drafts with the title, a placeholder summary and the dateline of their language', async () => {
    const options = await setUp({title: '  Oʻzbekiston: "yangi" #budjet — 2027  '})
    const result = await newRelease(options)
    expect(result.ok).toBe(true)
    const paths = result.ok ? result.paths : []
    expect(paths).toEqual([
      'content/2026/11/ozbekiston-yangi-budjet-2027.en.md',
      'content/2026/11/ozbekiston-yangi-budjet-2027.ru.md',
      'content/2026/11/ozbekiston-yangi-budjet-2027.uz.md'
    ])
    const documents = await Promise.all(paths.map((path) => readDocument(options, path)))
    expect(documents.map((d) => d.problems)).toEqual([[], [], []])
    expect(documents.map((d) => d.document?.frontMatter)).toEqual([
      {
        title: 'Oʻzbekiston: "yangi" #budjet — 2027',
        date: '2026-11-28T23:05:00+05:00',
        summary: 'Summary to be written.',
        dateline: 'Tashkent',
        draft: true
      },
      {
        title: 'Oʻzbekiston: "yangi" #budjet — 2027',
        date: '2026-11-28T23:05:00+05:00',
        summary: 'Краткое содержание будет добавлено.',
        dateline: 'Ташкент',
        draft: true
      },
      {
        title: 'Oʻzbekiston: "yangi" #budjet — 2027',
        date: '2026-11-28T23:05:00+05:00',
        summary: 'Qisqacha mazmun keyin yoziladi.',
        dateline: 'Toshkent',
        draft: true
      }
    ])
    expect(documents.map((d) => d.body?.trim())).toEqual([
      'Write the release here.',
      'Напишите здесь текст релиза.',
      'Reliz matnini shu yerga yozing.'
    ])
  })

  it('should write only the requested locales, in the order of LOCALES', async () => {
    const options = await setUp({locales: ['uz', 'en']})
    expect(await newRelease(options)).toEqual({ok: true, paths: ['content/2026/11/budget-2027.en.md', 'content/2026/11/budget-2027.uz.md']})
    expect((await readdir(join(options.contentDir, '2026/11'))).sort()).toEqual(['budget-2027.en.md', 'budget-2027.uz.md'])
  })

  it('should refuse to overwrite a release and leave its file as it was', async () => {
    const options = await setUp({locales: ['en']})
    await newRelease(options)
    const file = join(options.contentDir, '2026/11/budget-2027.en.md')
    await writeFile(file, release({title: 'Edited by hand'}))
    const before = await readFile(file)

    const again = await newRelease({...options, locales: ['en', 'ru', 'uz']})
    expect(again).toEqual({
      ok: false,
      error: 'content/2026/11/budget-2027.en.md already exists; a release is never overwritten, choose another title'
    })
    expect(await readFile(file)).toEqual(before)
    expect(await readdir(join(options.contentDir, '2026/11'))).toEqual(['budget-2027.en.md'])
  })

  it('should refuse a slug already used in another month, naming every file', async () => {
    const root = await makeSite({
      'content/2025/03/budget-2027.ru.md': release({date: '2025-03-01T10:00:00+05:00'}),
      'content/2025/03/budget-2027.uz.md': release({date: '2025-03-01T10:00:00+05:00'})
    })
    const options = await setUp({contentDir: join(root, 'content')})
    expect(await newRelease(options)).toEqual({
      ok: false,
      error:
        'content/2025/03/budget-2027.ru.md, content/2025/03/budget-2027.uz.md already exist; a release is never overwritten, choose another title'
    })
    expect(await readdir(join(root, 'content'))).toEqual(['2025'])
  })

  it('should leave no file behind when a later file cannot be created', async () => {
    const options = await setUp()
    // A folder in the way is invisible to the check for files but makes the exclusive create fail.
    await mkdir(join(options.contentDir, '2026/11/budget-2027.ru.md'), {recursive: true})
    expect(await newRelease(options)).toEqual({
      ok: false,
      error: 'content/2026/11/budget-2027.ru.md already exists; a release is never overwritten, choose another title'
    })
    expect(await readdir(join(options.contentDir, '2026/11'))).toEqual(['budget-2027.ru.md'])
  })

  it('should explain a --date that is not an ISO 8601 date-time with offset', async () => {
    for (const date of ['31.08.2022', '2022-08-31T10:00:00', '2022-08-31']) {
      const options = await setUp({date})
      expect(await newRelease(options)).toEqual({
        ok: false,
        error: `expected --date as an ISO 8601 date-time with offset, e.g. 2022-08-31T10:00:00+05:00, got "${date}"`
      })
    }
  })

  it('should report a title with no letters or digits instead of throwing', async () => {
    const options = await setUp({title: '???'})
    expect(await newRelease(options)).toEqual({ok: false, error: 'expected a title with letters or digits to make a slug from, got "???"'})
  })
})
