import {spawnSync} from 'node:child_process'
import {join} from 'node:path'
import {xml2js, type Element} from 'xml-js'
import {repoRoot} from './site-fixture.ts'

// The IPTC schema and the W3C's xml.xsd it imports from its own folder, unchanged (see test/schemas/README.md).
const schema = join(repoRoot, 'test/schemas/newsml-g2/NewsML-G2_2.35-spec-All-Power.xsd')

/** What xmllint finds wrong in each file against the IPTC NewsML-G2 2.35 schema, fetching nothing: empty when every file validates. */
export function newsmlSchemaErrors(files: readonly string[]): string[] {
  if (files.length === 0) return ['no NewsML-G2 file to validate']
  const errors: string[] = []
  // A few hundred paths a run, well below any command-line limit.
  for (let start = 0; start < files.length; start += 200) {
    const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', schema, ...files.slice(start, start + 200)], {encoding: 'utf8'})
    if (run.error) throw run.error
    errors.push(...run.stderr.split('\n').filter((line) => line !== '' && !line.endsWith(' validates')))
    if (run.status !== 0 && errors.length === 0) errors.push(`xmllint exited with ${run.status}`)
  }
  return errors
}

/** A NewsML-G2 document's root element, read with namespaces as written (xml-js keeps `xmlns` as an attribute). */
export function readNewsml(xml: string): Element {
  const root = (xml2js(xml, {compact: false, captureSpacesBetweenElements: true}) as Element).elements?.find((node) => node.type === 'element')
  if (!root) throw new Error('no root element')
  return root
}

/** The child elements of an element with this name. */
export function childrenNamed(element: Element | undefined, name: string): Element[] {
  return (element?.elements ?? []).filter((node) => node.type === 'element' && node.name === name)
}

/** The first element on a path of child names, e.g. `itemMeta/pubStatus`. */
export function at(element: Element | undefined, path: string): Element | undefined {
  return path.split('/').reduce<Element | undefined>((current, name) => childrenNamed(current, name)[0], element)
}

/** All the text inside an element, as a reader gets it. */
export function textOf(element: Element | undefined): string {
  return (element?.elements ?? [])
    .map((node) => (node.type === 'text' || node.type === 'cdata' ? String(node.text ?? node.cdata) : textOf(node)))
    .join('')
}
