import type {Locale} from '../config/locales.ts'
import {report} from '../diagnostics/catalog-entry.ts'
import {sortDiagnostics, type Diagnostic} from '../diagnostics/diagnostic.ts'
import {parseSourcePath} from '../load/parse-source-path.ts'
import {readYaml, type PositionedYaml} from '../load/read-yaml.ts'
import {splitFrontMatter} from '../load/split-front-matter.ts'
import {frontMatterSchema, mapProse, type FrontMatter} from './front-matter-schema.ts'
import {normalizeUzbekApostrophesAt} from '../load/uzbek-apostrophes.ts'
import {validateYaml} from './schema-issues.ts'

/** A source file's text, by its path from the content folder (forward slashes). */
export interface SourceText {
  readonly path: string
  readonly text: string
}

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
  /** File line on which the Markdown body starts; the body itself is read again only to render. */
  readonly bodyLine: number
  /** Set on a version generated from another language's file (uz-Cyrl from uz): `file` is that source. */
  readonly transliteratedFrom?: Locale
  /** Uzbek apostrophes the front matter had to have normalized (see uzbek-apostrophes). */
  readonly normalizedSpots: number
  /** Where the first of them is in the file. */
  readonly firstNormalizedSpot?: {readonly line: number; readonly column: number}
}

/** Validate one source file; a file with any error yields no document. */
export function readReleaseDocument(source: SourceText, contentLabel: string): {document?: ReleaseDocument; body?: string; problems: Diagnostic[]} {
  const file = `${contentLabel}/${source.path}`
  const location = parseSourcePath(source.path)
  if ('problem' in location) return {problems: [report(file, location.problem)]}

  const split = splitFrontMatter(source.text)
  if ('problem' in split) return {problems: [report(file, split.problem, {line: split.line})]}

  const {yaml, problems} = readYaml(split.yaml, file, split.yamlLine)
  if (!yaml) return {problems}
  const parsed = validateYaml(frontMatterSchema, yaml, file, yaml.data ?? {})
  if (!parsed.data) return {problems: sortDiagnostics(parsed.problems)}

  const positions = Object.fromEntries(Object.keys(parsed.data).map((key) => [key, yaml.locate([key])]))
  const normalized = location.locale === 'uz' ? normalizeFrontMatter(parsed.data, yaml) : {frontMatter: parsed.data, normalizedSpots: 0}
  return {document: {file, ...location, ...normalized, positions, bodyLine: split.bodyLine}, body: split.body, problems: []}
}

/** The prose fields of Uzbek Latin front matter, in the one spelling the body gets too. */
function normalizeFrontMatter(
  fm: FrontMatter,
  yaml: PositionedYaml
): Pick<ReleaseDocument, 'frontMatter' | 'normalizedSpots' | 'firstNormalizedSpot'> {
  let normalizedSpots = 0
  const spots: {line: number; column: number}[] = []
  const frontMatter = mapProse(fm, (text, path) => {
    const result = normalizeUzbekApostrophesAt(text)
    normalizedSpots += result.changes
    if (result.first !== undefined) spots.push(yaml.locateCharacter(path, result.first))
    return result.text
  })
  // Fields are rewritten in the schema's order; editors read the file's.
  const [first] = spots.sort((a, b) => a.line - b.line || a.column - b.column)
  return {frontMatter, normalizedSpots, ...(first === undefined ? {} : {firstNormalizedSpot: first})}
}
