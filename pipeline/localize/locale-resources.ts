import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import type {Locale} from '../config/locales.ts'
import {catalog} from '../diagnostics/catalog.ts'
import {problem, report} from '../diagnostics/catalog-entry.ts'
import type {Diagnostic} from '../diagnostics/diagnostic.ts'
import {parseJson} from '../load/parse-json.ts'
import {stripXmlIllegalDeep} from '../load/strip-xml-illegal.ts'

/** A locale's UI strings as nested JSON, exactly as in `locales/<code>.json`. */
export type ResourceTree = {readonly [key: string]: string | ResourceTree}
export type LocaleResources = Readonly<Partial<Record<Locale, ResourceTree>>>

const pluralSuffix = /_(zero|one|two|few|many|other)$/

/**
 * Read every configured locale and check it is complete against the reference locale:
 * each plain key present, each plural key with every form the language needs.
 */
export async function loadLocaleResources(
  localesDir: string,
  locales: readonly Locale[],
  reference: Locale,
  label = 'locales'
): Promise<{resources: LocaleResources; problems: Diagnostic[]}> {
  const resources: Partial<Record<Locale, ResourceTree>> = {}
  const problems: Diagnostic[] = []
  for (const locale of locales) {
    const file = `${label}/${locale}.json`
    let text: string
    try {
      text = await readFile(join(localesDir, `${locale}.json`), 'utf8')
    } catch {
      problems.push(report(file, problem(catalog.unreadableLocale, locale)))
      continue
    }
    const json = parseJson(text, file)
    problems.push(...json.problems)
    if (json.data !== undefined) resources[locale] = stripXmlIllegalDeep(json.data as ResourceTree)
  }
  const referenceTree = resources[reference]
  if (referenceTree) {
    for (const locale of locales) {
      const tree = resources[locale]
      if (tree) problems.push(...compareKeys(referenceTree, tree, locale, `${label}/${locale}.json`))
    }
  }
  return {resources, problems}
}

/** Keys (with plural forms expanded for `locale`) that a complete resource file must have. */
export function requiredKeys(reference: ResourceTree, locale: string): Set<string> {
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories
  const keys = new Set<string>()
  for (const key of flattenKeys(reference)) {
    const base = key.replace(pluralSuffix, '')
    if (base === key) keys.add(key)
    else for (const category of categories) keys.add(`${base}_${category}`)
  }
  return keys
}

function compareKeys(reference: ResourceTree, tree: ResourceTree, locale: Locale, file: string): Diagnostic[] {
  const present = new Set(flattenKeys(tree))
  const required = requiredKeys(reference, locale)
  const problems: Diagnostic[] = []
  for (const key of required) {
    if (!present.has(key)) problems.push(report(file, problem(catalog.missingTranslation, key, locale), {field: key}))
  }
  for (const key of present) {
    if (!required.has(key)) problems.push(report(file, problem(catalog.extraTranslation, key), {field: key}))
  }
  return problems
}

export function flattenKeys(tree: ResourceTree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : flattenKeys(value, `${prefix}${key}.`)))
}
