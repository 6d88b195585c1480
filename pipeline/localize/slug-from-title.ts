import slugify from '@sindresorhus/slugify'
import {apostrophes} from '../load/uzbek-apostrophes.ts'

const MAX_LENGTH = 80

/**
 * Uzbek spellings the transliteration tables do not know. The okina and apostrophe are dropped
 * (`oʻ` → `o`, `taʼlim` → `talim`) in every form editors type them, so one title gives one slug.
 */
const uzbekReplacements: ReadonlyArray<[string, string]> = [
  ...apostrophes.map((mark): [string, string] => [mark, '']),
  // Uzbek Cyrillic letters Russian lacks; the library would drop them.
  ['Ў', 'O'],
  ['ў', 'o'],
  ['Ғ', 'G'],
  ['ғ', 'g'],
  ['Қ', 'Q'],
  ['қ', 'q'],
  ['Ҳ', 'H'],
  ['ҳ', 'h']
]

/**
 * An ASCII slug (lowercase letters, digits, single hyphens) for a title in English, Russian or
 * Uzbek, at most 80 characters and cut between words.
 */
export function slugFromTitle(title: string): string {
  // Titles are prose, not identifiers: decamelizing would split "ШКОЛА" (Sh-KOLA) and "iPhone".
  const slug = cutAtHyphen(slugify(title, {customReplacements: uzbekReplacements, decamelize: false}))
  if (slug === '') throw new Error(`expected a title with letters or digits to make a slug from, got ${JSON.stringify(title)}`)
  return slug
}

function cutAtHyphen(slug: string): string {
  if (slug.length <= MAX_LENGTH) return slug
  const hyphen = slug.lastIndexOf('-', MAX_LENGTH)
  // A single word longer than the limit has no boundary to cut at.
  return hyphen > 0 ? slug.slice(0, hyphen) : slug.slice(0, MAX_LENGTH)
}
