import {isLocale, LOCALES, type Locale} from '../config/locales.ts'
import {kebabId} from '../config/text-patterns.ts'
import {catalog} from '../diagnostics/catalog.ts'
import {problem, type Problem} from '../diagnostics/catalog-entry.ts'

export interface SourcePath {
  readonly year: string
  readonly month: string
  /** Shared by every translation of one release: the translation key and the URL slug. */
  readonly slug: string
  readonly locale: Locale
}

/** `content/<yyyy>/<mm>/<slug>.<locale>.md`, relative to the content folder. */
const pattern = /^(\d{4})\/(\d{2})\/([^/]+)\.([^./]+)\.md$/

export function parseSourcePath(relativePath: string): SourcePath | {problem: Problem} {
  const match = pattern.exec(relativePath)
  if (!match) return {problem: problem(catalog.misplacedSource)}
  const [, year, month, slug, locale] = match as unknown as [string, string, string, string, string]
  if (!/^(0[1-9]|1[0-2])$/.test(month)) return {problem: problem(catalog.badMonthFolder, month)}
  if (!kebabId.test(slug)) return {problem: problem(catalog.badSlug, slug)}
  if (!isLocale(locale)) return {problem: problem(catalog.unknownLocaleSuffix, locale, LOCALES)}
  return {year, month, slug, locale}
}
