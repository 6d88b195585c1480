import {mkdir, unlink, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {stringify} from 'yaml'
import {LOCALES, type Locale} from '../config/locales.ts'
import {listFiles} from '../load/list-files.js'
import {slugFromTitle} from '../localize/slug-from-title.ts'
import {frontMatterSchema} from '../validate/front-matter-schema.ts'

export interface NewReleaseOptions {
  /** Absolute path of the content folder. */
  readonly contentDir: string
  /** How paths under the content folder are shown, e.g. `content`. */
  readonly contentLabel: string
  readonly title: string
  /** Which language files to write. */
  readonly locales: readonly Locale[]
  /** ISO 8601 date-time with offset (default: `now` in `timeZone`, to the second). */
  readonly date?: string
  /** The clock, read only for the default date. */
  readonly now: Date
  /** The site's time zone, e.g. `Asia/Tashkent`: it picks the `<yyyy>/<mm>` folder. */
  readonly timeZone: string
}

export type NewReleaseResult = {readonly ok: true; readonly paths: readonly string[]} | {readonly ok: false; readonly error: string}

/** What an editor must replace, in the language of each file; a new locale fails to compile until it has one. */
const placeholders: Readonly<Record<Locale, {readonly summary: string; readonly dateline: string; readonly body: string}>> = {
  en: {summary: 'Summary to be written.', dateline: 'Tashkent', body: 'Write the release here.'},
  ru: {summary: 'Краткое содержание будет добавлено.', dateline: 'Ташкент', body: 'Напишите здесь текст релиза.'},
  uz: {summary: 'Qisqacha mazmun keyin yoziladi.', dateline: 'Toshkent', body: 'Reliz matnini shu yerga yozing.'},
  'uz-Cyrl': {summary: 'Қисқача мазмун кейин ёзилади.', dateline: 'Тошкент', body: 'Релиз матнини шу ерга ёзинг.'}
}

/**
 * Start a release: one draft file per requested locale in the folder of its date. Nothing is
 * written when any file of the slug already exists anywhere in the content folder.
 */
export async function newRelease(options: NewReleaseOptions): Promise<NewReleaseResult> {
  if (!isTimeZone(options.timeZone))
    return {ok: false, error: `expected an IANA time zone such as Asia/Tashkent, got ${JSON.stringify(options.timeZone)}`}
  const locales = LOCALES.filter((locale) => options.locales.includes(locale))
  if (locales.length === 0) return {ok: false, error: `expected at least one locale of ${LOCALES.join(', ')}`}

  const date = options.date ?? isoInTimeZone(options.now, options.timeZone)
  // The schema's own rule, so a date accepted here is one the build accepts.
  if (!frontMatterSchema.shape.date.safeParse(date).success) {
    return {ok: false, error: `expected --date as an ISO 8601 date-time with offset, e.g. 2022-08-31T10:00:00+05:00, got ${JSON.stringify(date)}`}
  }

  // Headlines are one line; a stray line break from the shell would become a YAML block scalar.
  const title = options.title.trim().replace(/\s+/g, ' ')
  let slug: string
  try {
    slug = slugFromTitle(title)
  } catch (error) {
    return {ok: false, error: (error as Error).message}
  }

  const {year, month} = wallClock(new Date(date), options.timeZone)
  const folder = `${year}/${month}`
  const existing = filesOfSlug(options.contentDir, slug)
  if (existing.length > 0) return {ok: false, error: alreadyExists(existing.map((path) => `${options.contentLabel}/${path}`))}

  await mkdir(join(options.contentDir, year, month), {recursive: true})
  const written: string[] = []
  try {
    for (const locale of locales) {
      const path = `${folder}/${slug}.${locale}.md`
      // `wx` so that a file created since the check above is never overwritten.
      await writeFile(join(options.contentDir, path), releaseText(title, date, placeholders[locale]), {flag: 'wx'})
      written.push(path)
    }
  } catch (error) {
    // All files or none: remove only what this call created, so a failed run leaves the content folder as it was.
    await Promise.all(written.map((path) => unlink(join(options.contentDir, path))))
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    const taken = locales.map((locale) => `${folder}/${slug}.${locale}.md`).find((path) => !written.includes(path))
    return {ok: false, error: alreadyExists([`${options.contentLabel}/${taken}`])}
  }
  return {ok: true, paths: written.map((path) => `${options.contentLabel}/${path}`)}
}

function releaseText(title: string, date: string, placeholder: (typeof placeholders)[Locale]): string {
  const frontMatter = {title, date, summary: placeholder.summary, dateline: placeholder.dateline, draft: true}
  // lineWidth 0: a long headline stays on one line instead of being folded.
  return `---\n${stringify(frontMatter, {lineWidth: 0})}---\n\n${placeholder.body}\n`
}

function alreadyExists(files: readonly string[]): string {
  const verb = files.length === 1 ? 'already exists' : 'already exist'
  return `${files.join(', ')} ${verb}; a release is never overwritten, choose another title`
}

/**
 * Every `<slug>.<locale>.md` under the content folder, in any month: the slug is the translation
 * key across the whole site, so a namesake in another month would be grouped with the new files.
 */
function filesOfSlug(contentDir: string, slug: string): string[] {
  const pattern = new RegExp(`(^|/)${slug}\\.[^./]+\\.md$`)
  return listFiles(contentDir).filter((path) => pattern.test(path))
}

function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', {timeZone})
    return true
  } catch {
    return false
  }
}

interface WallClock {
  readonly year: string
  readonly month: string
  readonly day: string
  readonly hour: string
  readonly minute: string
  readonly second: string
}

/** The calendar date and clock time an instant shows in a time zone. */
function wallClock(instant: Date, timeZone: string): WallClock {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23'
  }).formatToParts(instant)
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((part) => part.type === type)!.value
  return {year: get('year').padStart(4, '0'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second')}
}

/** `instant` as the zone's wall clock with the zone's offset at that instant, e.g. `2026-11-28T23:05:00+05:00`. */
function isoInTimeZone(instant: Date, timeZone: string): string {
  const wall = wallClock(instant, timeZone)
  const wholeSeconds = Math.floor(instant.getTime() / 1000) * 1000
  const asUtc = Date.UTC(Number(wall.year), Number(wall.month) - 1, Number(wall.day), Number(wall.hour), Number(wall.minute), Number(wall.second))
  // The difference between the wall clock read as UTC and the real instant is the zone's offset then.
  const offsetMinutes = Math.round((asUtc - wholeSeconds) / 60_000)
  const sign = offsetMinutes < 0 ? '-' : '+'
  const hours = String(Math.floor(Math.abs(offsetMinutes) / 60)).padStart(2, '0')
  const minutes = String(Math.abs(offsetMinutes) % 60).padStart(2, '0')
  return `${wall.year}-${wall.month}-${wall.day}T${wall.hour}:${wall.minute}:${wall.second}${sign}${hours}:${minutes}`
}
