import {isLocale, LOCALES, type Locale} from '../config/locales.ts'
import {kebabId} from '../config/text-patterns.ts'

export interface SourcePath {
  readonly year: string
  readonly month: string
  /** Shared by every translation of one release: the translation key and the URL slug. */
  readonly slug: string
  readonly locale: Locale
}

/** `content/<yyyy>/<mm>/<slug>.<locale>.md`, relative to the content folder. */
const pattern = /^(\d{4})\/(\d{2})\/([^/]+)\.([^./]+)\.md$/

export function parseSourcePath(relativePath: string): SourcePath | {problem: string} {
  const match = pattern.exec(relativePath)
  if (!match) return {problem: 'unexpected file location, expected content/<yyyy>/<mm>/<slug>.<locale>.md'}
  const [, year, month, slug, locale] = match as unknown as [string, string, string, string, string]
  if (!/^(0[1-9]|1[0-2])$/.test(month)) return {problem: `unexpected month folder "${month}", expected 01 to 12`}
  if (!kebabId.test(slug)) {
    return {problem: `unexpected slug "${slug}", expected ASCII lowercase letters, digits and single hyphens`}
  }
  if (!isLocale(locale)) return {problem: `unknown locale suffix ".${locale}", expected one of ${LOCALES.map((l) => `.${l}`).join(', ')}`}
  return {year, month, slug, locale}
}
