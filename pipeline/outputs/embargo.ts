import {siteLanguages} from '../config/languages.ts'
import {formatDate, type LocalizedDate} from '../localize/format-date.ts'
import type {RenderedRelease} from '../render/render-release.ts'
import type {SiteModel} from './site-model.ts'

/** Whether a release-language is still under embargo by the build's clock: only the partner bundle and the preview hold such a one. */
export function underEmbargo(model: SiteModel, article: RenderedRelease): article is RenderedRelease & {readonly embargo: string} {
  return article.embargo !== undefined && Date.parse(article.embargo) > model.now.getTime()
}

/** When the embargo lifts, as the release's readers read a date, in the agency's time zone. */
export function embargoLift(model: SiteModel, article: RenderedRelease & {readonly embargo: string}): LocalizedDate {
  return formatDate(article.embargo, siteLanguages(model.config).get(article.locale).intl, model.config.timeZone)
}
