import type {Element, Properties, Root} from 'hast'
import type {VFile} from 'vfile'
import {isDateWithOptionalTime, isTimeValue} from '../html-datetime.ts'
import {eachElement} from '../walk-tree.ts'
import {catalog} from '../../diagnostics/catalog.ts'
import {recordProblem} from '../record-problem.ts'

/** What an attribute the sanitizer lets through may hold, as the Nu checker and AMP see it. */
interface Rule {
  /** The attribute as written in HTML. */
  readonly attribute: string
  readonly expected: string
  readonly valid: (value: unknown, node: Element) => boolean
}

const languages = new Intl.DisplayNames(['en'], {type: 'language', fallback: 'none'})
const wholeNumber = (value: unknown, min: number, max = Infinity) =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max

const rules: Readonly<Record<string, Rule>> = {
  dir: {attribute: 'dir', expected: 'ltr, rtl or auto', valid: (value) => typeof value === 'string' && /^(?:ltr|rtl|auto)$/i.test(value)},
  lang: {attribute: 'lang', expected: 'a language tag such as en, ru or uz-Cyrl', valid: isLanguageTag},
  hrefLang: {attribute: 'hreflang', expected: 'a language tag such as en, ru or uz-Cyrl', valid: isLanguageTag},
  id: {attribute: 'id', expected: 'a name without spaces', valid: (value) => typeof value === 'string' && value !== '' && !/\s/.test(value)},
  colSpan: {attribute: 'colspan', expected: 'a whole number from 1 to 1000', valid: (value) => wholeNumber(value, 1, 1000)},
  rowSpan: {attribute: 'rowspan', expected: 'a whole number from 0 to 65534', valid: (value) => wholeNumber(value, 0, 65534)},
  scope: {
    attribute: 'scope',
    expected: 'row, col, rowgroup or colgroup',
    valid: (value) => typeof value === 'string' && /^(?:row|col|rowgroup|colgroup)$/i.test(value)
  },
  start: {attribute: 'start', expected: 'a whole number', valid: (value) => wholeNumber(value, -Infinity)},
  reversed: {attribute: 'reversed', expected: 'no value (reversed alone)', valid: (value) => value === true},
  width: {attribute: 'width', expected: 'a whole number of pixels', valid: (value) => wholeNumber(value, 0)},
  height: {attribute: 'height', expected: 'a whole number of pixels', valid: (value) => wholeNumber(value, 0)},
  dateTime: {
    attribute: 'datetime',
    expected: 'a date such as 2024-05-10 or 2024-05-10T09:30:00+05:00',
    valid: (value, node) => typeof value === 'string' && (node.tagName === 'time' ? isTimeValue(value) : isDateWithOptionalTime(value))
  }
}

/**
 * Raw HTML may write any value into the attributes the sanitizer allows (`dir="sideways"`,
 * `colspan="0"`, two elements with one id): each value that would make the page invalid is
 * dropped, and the editor told where. Markdown's own attributes always pass.
 */
export default function validAttributeValues() {
  return (tree: Root, file: VFile) => {
    const ids = new Set<string>()
    eachElement(tree, (node: Element) => {
      for (const [name, rule] of Object.entries(rules)) {
        const value = node.properties[name]
        if (value === undefined || value === null || rule.valid(value, node)) continue
        // A boolean attribute's value is its presence: keep what the editor meant.
        if (name === 'reversed') node.properties.reversed = true
        else {
          delete node.properties[name]
          const written = String(value)
          const where = {place: node.position, expected: rule.expected, actual: written}
          recordProblem(file, where, catalog.invalidAttributeValue, rule.attribute, written, node.tagName, rule.expected)
        }
      }
      const id = node.properties.id
      if (typeof id !== 'string') return
      if (ids.has(id)) {
        delete node.properties.id
        recordProblem(file, {place: node.position}, catalog.duplicateId, id)
      } else ids.add(id)
    })
    // Only links may refer to other elements, and only to ones on the page.
    eachElement(tree, (node: Element) => keepReferences(node.properties, ids))
  }
}

function keepReferences(properties: Properties, ids: ReadonlySet<string>): void {
  const references = properties.ariaDescribedBy
  if (!Array.isArray(references)) return
  const kept = references.filter((reference) => ids.has(String(reference)))
  if (kept.length === 0) delete properties.ariaDescribedBy
  else properties.ariaDescribedBy = kept
}

/** A well-formed tag whose language is a known one (the Nu checker rejects `xx`, `english`). */
function isLanguageTag(value: unknown): boolean {
  if (value === '') return true
  if (typeof value !== 'string') return false
  try {
    const [tag] = Intl.getCanonicalLocales(value)
    return languages.of(new Intl.Locale(tag!).language) !== undefined
  } catch {
    return false
  }
}
