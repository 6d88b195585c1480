import type {Locale} from '../config/locales.ts'
import {diagnostic, sortDiagnostics, type Diagnostic} from '../diagnostics/diagnostic.ts'
import type {SourceText} from '../load/find-sources.ts'
import {parseSourcePath} from '../load/parse-source-path.ts'
import {readYaml} from '../load/read-yaml.ts'
import {splitFrontMatter} from '../load/split-front-matter.ts'
import {frontMatterSchema, type FrontMatter} from './front-matter-schema.ts'
import {schemaIssuesToDiagnostics} from './schema-issues.ts'

/** One validated release-language: everything rendering needs, as plain data. */
export interface ReleaseDocument {
  /** Path shown to editors, e.g. `content/2022/08/x.ru.md`. */
  readonly file: string
  readonly year: string
  readonly month: string
  readonly slug: string
  readonly locale: Locale
  readonly frontMatter: FrontMatter
  /** Where each front-matter field's value starts, for messages found after validation. */
  readonly positions: Readonly<Record<string, {readonly line: number; readonly column: number}>>
  readonly body: string
  readonly bodyLine: number
}

/** Validate one source file; a file with any error yields no document. */
export function readReleaseDocument(
  source: SourceText,
  contentLabel: string
): {document?: ReleaseDocument; problems: Diagnostic[]} {
  const file = `${contentLabel}/${source.path}`
  const location = parseSourcePath(source.path)
  if ('problem' in location) return {problems: [diagnostic('error', file, location.problem)]}

  const split = splitFrontMatter(source.text)
  if ('problem' in split) return {problems: [diagnostic('error', file, split.problem, {line: split.line})]}

  const {yaml, problems} = readYaml(split.yaml, file, split.yamlLine)
  if (!yaml) return {problems}
  const parsed = frontMatterSchema.safeParse(yaml.data ?? {})
  if (!parsed.success) return {problems: sortDiagnostics(schemaIssuesToDiagnostics(parsed.error.issues, yaml, file))}

  const positions = Object.fromEntries(Object.keys(parsed.data).map((key) => [key, yaml.locate([key])]))
  return {
    document: {file, ...location, frontMatter: parsed.data, positions, body: split.body, bodyLine: split.bodyLine},
    problems: []
  }
}
