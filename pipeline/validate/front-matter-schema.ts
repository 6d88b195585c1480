import {z} from 'zod'
import {isoDateTimeWithOffset, kebabId} from '../config/text-patterns.ts'

const isoDateTime = z
  .string({error: 'expected an ISO 8601 date-time with offset, e.g. 2022-08-31T10:00:00+05:00'})
  .regex(isoDateTimeWithOffset, {
    error: 'expected an ISO 8601 date-time with offset, e.g. 2022-08-31T10:00:00+05:00',
    abort: true
  })
  .refine((value) => !Number.isNaN(Date.parse(value)), {error: 'expected a date-time that exists in the calendar'})

const positiveInteger = z.int({error: 'expected a whole number of pixels'}).positive({error: 'expected a whole number of pixels above 0'})

const focusWording = 'expected a focal point as [x, y], two fractions of the width and height from the top left (0.5 is the middle), e.g. [0.5, 0.3]'
const fraction = z.number({error: focusWording}).min(0, {error: focusWording}).max(1, {error: focusWording})

const text = (what: string) =>
  z
    .string({error: `expected ${what}`})
    .trim()
    .min(1, {error: `expected ${what}, not an empty text`})

/** The front matter of one release-language. Unknown keys are errors so typos never pass silently. */
export const frontMatterSchema = z
  .strictObject(
    {
      title: text('a title'),
      date: isoDateTime,
      updated: isoDateTime.optional(),
      summary: text('a plain-text summary').max(300, {error: 'expected a summary of at most 300 characters'}),
      dateline: text('a place name').optional(),
      author: text('an author name').optional(),
      tags: z
        .array(z.string({error: 'expected a tag id'}).regex(kebabId, {error: 'expected a tag id in lowercase letters, digits and hyphens'}), {
          error: 'expected a list of tag ids'
        })
        .optional(),
      image: z
        .strictObject(
          {
            src: text('an image path such as /media/photo.jpg').regex(/^\/media\/[^\s]+$/, {
              error: 'expected an image path under /media/, e.g. /media/photo.jpg'
            }),
            alt: text('alternative text describing the image'),
            width: positiveInteger.optional(),
            height: positiveInteger.optional(),
            caption: text('a caption').optional(),
            /** The point every crop of the image keeps in frame (default: the middle). */
            focus: z.tuple([fraction, fraction], {error: focusWording}).optional()
          },
          {error: 'expected an image with src and alt'}
        )
        .optional(),
      draft: z.boolean({error: 'expected true or false'}).optional(),
      embargo: isoDateTime.optional(),
      corrections: z
        .array(
          z.strictObject({date: isoDateTime, note: text('the correction, in plain text')}, {error: 'expected a correction with date and note'}),
          {
            error: 'expected a list of corrections, each with date and note'
          }
        )
        .optional(),
      withdrawn: z
        .strictObject({date: isoDateTime, reason: text('why the release is withdrawn, in plain text')}, {error: 'expected date and reason'})
        .optional()
    },
    {error: 'expected front matter as a YAML mapping of fields'}
  )
  .refine((fm) => fm.updated === undefined || Date.parse(fm.updated) >= Date.parse(fm.date), {
    error: 'expected "updated" not to be before "date"',
    path: ['updated']
  })
  .superRefine((fm, context) => {
    // A correction or a withdrawal before the release existed is a mistyped date.
    const dated = [
      ...(fm.corrections ?? []).map((correction, index) => ({date: correction.date, path: ['corrections', index, 'date']})),
      ...(fm.withdrawn ? [{date: fm.withdrawn.date, path: ['withdrawn', 'date']}] : [])
    ]
    for (const {date, path} of dated) {
      if (Date.parse(date) < Date.parse(fm.date)) context.addIssue({code: 'custom', message: 'expected a date not before "date"', path, input: date})
    }
  })

export type FrontMatter = z.infer<typeof frontMatterSchema>

/** The same front matter with `rewrite` applied to every field readers read as prose (`path` names the field). */
export function mapProse(fm: FrontMatter, rewrite: (text: string, path: readonly string[]) => string): FrontMatter {
  return {
    ...fm,
    title: rewrite(fm.title, ['title']),
    summary: rewrite(fm.summary, ['summary']),
    ...(fm.dateline === undefined ? {} : {dateline: rewrite(fm.dateline, ['dateline'])}),
    ...(fm.author === undefined ? {} : {author: rewrite(fm.author, ['author'])}),
    ...(fm.corrections === undefined
      ? {}
      : {
          corrections: fm.corrections.map((correction, index) => ({
            ...correction,
            note: rewrite(correction.note, ['corrections', String(index), 'note'])
          }))
        }),
    ...(fm.withdrawn === undefined ? {} : {withdrawn: {...fm.withdrawn, reason: rewrite(fm.withdrawn.reason, ['withdrawn', 'reason'])}}),
    ...(fm.image === undefined
      ? {}
      : {
          image: {
            ...fm.image,
            alt: rewrite(fm.image.alt, ['image', 'alt']),
            ...(fm.image.caption === undefined ? {} : {caption: rewrite(fm.image.caption, ['image', 'caption'])})
          }
        })
  }
}
