import {x} from 'xastscript'
import {siteLanguages} from '../../config/languages.ts'
import {absoluteUrl} from '../../config/urls.ts'
import type {RenderedRelease} from '../../render/render-release.ts'
import type {SiteModel} from '../site-model.ts'
import {xmlDocument} from '../../render/xml-document.ts'
import {newsItemType, newsmlLayout, newsmlRoot, provider, xsDateTime, type NewsmlStatus} from './newsml-items.ts'

/**
 * One release as a NewsML-G2 package: its languages as alternatives (`pgrmod:alt`: a partner
 * takes one), each a group of its text item and, when it has one, its picture item, every
 * reference naming the item's version and status, so a partner sees from the package alone which
 * language changed.
 */
export function newsmlPackage(model: SiteModel, languages: readonly {readonly article: RenderedRelease; readonly status: NewsmlStatus}[]): string {
  const url = (path: string) => absoluteUrl(model.config, path)
  const site = siteLanguages(model.config)
  const [first] = languages
  if (!first) throw new Error('a package needs at least one language of its release')
  const tagOf = (article: RenderedRelease) => site.get(article.locale).tag
  // Any item's new version changes the package, and so does a language added: the sum grows with both.
  const version = languages.reduce((sum, {status}) => sum + status.version, 0)
  const versionCreated = languages.map(({status}) => status.versionCreated).reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a))
  const usable = languages.some(({status}) => status.pubStatus === 'stat:usable')
  const groupId = (article: RenderedRelease) => `lang-${tagOf(article)}`
  const groups = languages.map(({article, status}) => {
    const ref = (path: string, itemClass: string, children: readonly ReturnType<typeof x>[]) =>
      x('itemRef', {href: url(path), residref: url(path), version: status.version, contenttype: newsItemType}, [
        x('itemClass', {qcode: itemClass}),
        x('pubStatus', {qcode: status.pubStatus}),
        ...children
      ])
    return x('group', {id: groupId(article), mode: 'pgrmod:bag', 'xml:lang': tagOf(article)}, [
      ref(model.paths.newsml(article.locale, article), 'ninat:text', [
        x('title', article.title),
        x('description', {role: 'drol:summary'}, article.summary)
      ]),
      ...(article.image ? [ref(model.paths.newsmlPicture(article.locale, article), 'ninat:picture', [])] : [])
    ])
  })
  const item = newsmlRoot('packageItem', model, {guid: url(model.paths.newsmlPackage(first.article)), version}, [
    x('itemMeta', [
      x('itemClass', {qcode: 'ninat:composite'}),
      provider(model, site.default.code),
      x('versionCreated', xsDateTime(versionCreated)),
      x('firstCreated', xsDateTime(first.article.published.iso)),
      x('pubStatus', {qcode: usable ? 'stat:usable' : 'stat:canceled'})
    ]),
    x('contentMeta', [
      ...languages.map(({article}) => x('language', {tag: tagOf(article)})),
      ...languages.map(({article}) => x('headline', {'xml:lang': tagOf(article)}, article.title))
    ]),
    x('groupSet', {root: 'release'}, [
      x(
        'group',
        {id: 'release', mode: 'pgrmod:alt'},
        languages.map(({article}) => x('groupRef', {idref: groupId(article)}))
      ),
      ...groups
    ])
  ])
  return xmlDocument(item, newsmlLayout)
}
