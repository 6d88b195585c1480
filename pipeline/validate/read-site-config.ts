import {readFile} from 'node:fs/promises'
import {siteConfigSchema, type SiteConfig} from '../config/site-config.ts'
import {catalog} from '../diagnostics/catalog.ts'
import {problem, report} from '../diagnostics/catalog-entry.ts'
import {sortDiagnostics, type Diagnostic} from '../diagnostics/diagnostic.ts'
import {readYaml} from '../load/read-yaml.ts'
import {validateYaml} from './schema-issues.ts'

/** Read and validate the site config; every problem comes back positioned in the file. */
export async function loadSiteConfig(path: string, displayPath = path): Promise<{config?: SiteConfig; problems: Diagnostic[]}> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const found = code === 'ENOENT' ? 'found nothing' : code === 'EISDIR' ? 'found a folder' : `could not read it (${code ?? String(error)})`
    return {problems: [report(displayPath, problem(catalog.unreadableConfig, found))]}
  }
  return parseSiteConfig(text, displayPath)
}

export function parseSiteConfig(text: string, file: string): {config?: SiteConfig; problems: Diagnostic[]} {
  const {yaml, problems} = readYaml(text, file)
  if (!yaml) return {problems}
  const {data: config, problems: schemaProblems} = validateYaml(siteConfigSchema, yaml, file)
  if (!config) return {problems: sortDiagnostics(schemaProblems)}
  const transliterated = config.locales.findIndex((l) => l.transliterateFrom !== undefined && (l.code !== 'uz-Cyrl' || l.transliterateFrom !== 'uz'))
  if (transliterated !== -1) {
    return {
      problems: [
        report(file, problem(catalog.misplacedTransliteration), {
          ...yaml.locate(['locales', transliterated, 'transliterateFrom']),
          field: `locales.${transliterated}.transliterateFrom`
        })
      ]
    }
  }
  if (!config.locales.some((l) => l.code === config.defaultLocale)) {
    return {
      problems: [
        report(file, problem(catalog.unknownDefaultLocale), {
          ...yaml.locate(['defaultLocale']),
          field: 'defaultLocale'
        })
      ]
    }
  }
  return {config, problems: []}
}
