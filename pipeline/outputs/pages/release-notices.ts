import type {Element} from 'hast'
import {h} from 'hastscript'
import type {LocalizedDate} from '../../localize/format-date.ts'
import type {Translate} from '../../localize/translator.ts'
import type {RenderedRelease} from '../../render/render-release.ts'

/**
 * The corrections of a release-language, dated, oldest first, under a heading in its language:
 * the same on the article, AMP and partner pages. Nothing when there is none.
 */
export function correctionsNotice(t: Translate, article: Pick<RenderedRelease, 'corrections'>, zoned = true): Element | undefined {
  const {corrections} = article
  if (corrections.length === 0) return undefined
  return h('section', {className: ['corrections']}, [
    h('h2', t('article.corrections', {count: corrections.length})),
    h(
      'ul',
      corrections.map((correction) => h('li', [noticeTime(t, correction.date, zoned), `: ${correction.note}`]))
    )
  ])
}

/** What stands in a withdrawn release-language's place, on every page at its URL: the headline, when and why, nothing of the body. */
export function withdrawalNotice(
  t: Translate,
  article: Pick<RenderedRelease, 'title'> & {readonly withdrawn: NonNullable<RenderedRelease['withdrawn']>},
  zoned = true
): Element[] {
  return [
    h('h1', t('withdrawn.heading')),
    h('p', {className: ['withdrawal-notice']}, t('withdrawn.release', {title: article.title})),
    h('p', [`${t('withdrawn.on')}: `, noticeTime(t, article.withdrawn.date, zoned)]),
    h('p', `${t('withdrawn.reason')}: ${article.withdrawn.reason}`)
  ]
}

/** The notice as one line of plain text, for feeds. */
export function withdrawalText(t: Translate, withdrawn: NonNullable<RenderedRelease['withdrawn']>): string {
  return t('withdrawn.summary', {time: t('article.timeInZone', {time: withdrawn.date.text}), reason: withdrawn.reason})
}

/** A notice's date: with the agency's zone on the site's pages, as the article's own dates; as written in partner copies. */
function noticeTime(t: Translate, date: LocalizedDate, zoned: boolean): Element {
  return h('time', {dateTime: date.iso}, zoned ? t('article.timeInZone', {time: date.text}) : date.text)
}
