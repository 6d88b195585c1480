import {siteLanguages} from '../../config/languages.ts'
import {absoluteUrl, fileForPath} from '../../config/urls.ts'
import type {OutputFile} from '../output-file.ts'
import {releasesIn, type SiteModel} from '../site-model.ts'
import {releaseStatus} from './release-status.ts'

/**
 * What a partner polls: the locale's newest releases (as many as its feeds carry), each with
 * its version time and links to the partner copy, the ninjs and NewsML-G2 items, the release's
 * NewsML-G2 package and the public page, so that only what changed needs fetching. The index's
 * own `updated` is its newest item's version time, never the build's clock, so an unchanged site
 * gives an unchanged index. A withdrawn release stays listed, `pubStatus: "canceled"`, so that
 * partners who took it remove it.
 */
export function* partnerIndexes(model: SiteModel): Iterable<OutputFile> {
  for (const {code: locale, tag} of siteLanguages(model.config).all) {
    yield {
      path: fileForPath(model.paths.partnerIndex(locale)),
      render: () => {
        const url = (path: string) => absoluteUrl(model.config, path)
        const items = releasesIn(model, locale)
          .slice(0, model.config.feedSize)
          .map((article) => ({
            uri: url(model.paths.ninjs(locale, article)),
            headline: article.title,
            ...versionOf(article),
            ...(article.embargo ? {embargoedUntil: article.embargo} : {}),
            links: {
              html: url(model.paths.partnerHtml(locale, article)),
              ninjs: url(model.paths.ninjs(locale, article)),
              newsml: url(model.paths.newsml(locale, article)),
              newsmlPackage: url(model.paths.newsmlPackage(article)),
              page: url(article.path)
            }
          }))
        const updated = newest(items.map((item) => item.versionCreated))
        return `${JSON.stringify({language: tag, ...(updated ? {updated} : {}), items}, null, 2)}\n`
      }
    }
  }
}

/** The item's version, as its ninjs item gives it. */
function versionOf(article: Parameters<typeof releaseStatus>[0]) {
  const {version, versionCreated, pubStatus} = releaseStatus(article)
  return {version: String(version), versionCreated, pubStatus}
}

/** The latest of ISO 8601 times, as written (offsets differ between items, so compared as instants). */
function newest(times: readonly string[]): string | undefined {
  return times.reduce<string | undefined>(
    (latest, time) => (latest === undefined || Date.parse(time) > Date.parse(latest) ? time : latest),
    undefined
  )
}
