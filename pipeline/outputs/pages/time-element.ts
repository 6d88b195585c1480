import type {Element} from 'hast'
import {h} from 'hastscript'
import type {LocalizedDate} from '../../localize/format-date.ts'

/** A localized date that machines can still read. */
export function timeElement(date: LocalizedDate, form: 'text' | 'dateText'): Element {
  return h('time', {dateTime: date.iso}, date[form])
}
