import {toHtml} from 'hast-util-to-html'
import {h} from 'hastscript'
import {fileForPath} from '../config/urls.ts'
import {embargoLift, underEmbargo} from '../outputs/embargo.ts'
import type {SiteModel} from '../outputs/site-model.ts'

/**
 * The notice at the top of the article and AMP pages of each release-language still under
 * embargo, by file path. Only the preview shows such pages, so its server adds the notice, as it
 * adds the reload client, and no file carries it (a draft, which `--drafts` builds publish,
 * carries its own).
 */
export function embargoNotices(model: SiteModel): ReadonlyMap<string, string> {
  const notices = new Map<string, string>()
  for (const release of model.releases) {
    for (const article of Object.values(release.translations)) {
      if (!underEmbargo(model, article)) continue
      const text = model.translators[article.locale]('article.embargoed', {time: embargoLift(model, article).text, timeZone: model.config.timeZone})
      const html = toHtml(h('aside', {className: ['embargo-notice']}, [h('p', [h('strong', text)])]))
      notices.set(fileForPath(article.path), html)
      if (article.amp) notices.set(fileForPath(model.paths.amp(article.locale, article)), html)
    }
  }
  return notices
}
