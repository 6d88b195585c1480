import {catalog} from './catalog.ts'
import type {CatalogEntry} from './catalog-entry.ts'
import {compareStrings} from './diagnostic.ts'

/** docs/errors.md, made from the catalog so the page never tells of a message the code no longer gives. */
export function catalogPage(): string {
  // In id order, so a new entry's place on the page does not depend on where it was added to the table.
  const entries = (Object.values(catalog) as unknown as CatalogEntry<readonly unknown[]>[]).sort((a, b) => compareStrings(a.id, b.id))
  const sections = entries.map((entry) =>
    [
      `## ${entry.id}: ${entry.title}`,
      '',
      `Severity: ${entry.severity}`,
      '',
      '```',
      entry.message(...entry.example),
      '```',
      ...(entry.hint === undefined ? [] : ['', entry.hint])
    ].join('\n')
  )
  const intro = [
    '# Errors and warnings',
    '',
    '<!-- Generated from pipeline/diagnostics/catalog.ts: edit the catalog, then run `npx vitest run test/diagnostics/catalog-page.test.ts -u`. -->',
    '',
    'Each problem `matbuot check` and `matbuot build` report has a stable id. `check --format json` gives it as `id`,',
    'so tools can match on it rather than on the wording, which may improve. The messages below are examples.'
  ].join('\n')
  return `${[intro, ...sections].join('\n\n')}\n`
}
