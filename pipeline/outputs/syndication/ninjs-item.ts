import {cropShapes, type FocalPoint} from '../../config/image-renditions.ts'
import {siteLanguages} from '../../config/languages.ts'
import type {Locale} from '../../config/locales.ts'
import {absoluteUrl, fileForPath} from '../../config/urls.ts'
import type {RenderedRelease} from '../../render/render-release.ts'
import type {OutputFile} from '../output-file.ts'
import {leadRenditionFiles} from '../renditions/rendition-jobs.ts'
import {outputKey} from '../output-key.ts'
import type {PublishedRelease, SiteModel} from '../site-model.ts'
import {editorNotes, releaseStatus} from './release-status.ts'

export const ninjsSchemaUri = 'http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#'

/** The id every language of one release shares, so partners can group translations. */
export function translationGroupId(model: SiteModel, release: {year: string; month: string; slug: string}): string {
  // A tag URI (RFC 4151): stable, readable, and never mistaken for a page to fetch.
  return `tag:${new URL(model.config.baseUrl).host},${release.year}:${release.month}/${release.slug}`
}

/**
 * One release-language as an IPTC ninjs 3.1 news item. Its `uri` is where the item itself is
 * published, built from the slug, so a new title never changes it; its translations are
 * associations that point at their own items.
 */
export function ninjsItem(model: SiteModel, release: PublishedRelease, article: RenderedRelease): Record<string, unknown> {
  const url = (path: string) => absoluteUrl(model.config, path)
  const tagOf = (locale: Locale) => siteLanguages(model.config).get(locale).tag
  // A withdrawn item is a notice, like its page: no body and no picture.
  const image = article.withdrawn ? undefined : article.image
  const status = releaseStatus(article)
  return {
    standard: {name: 'ninjs', version: '3.1', schema: ninjsSchemaUri},
    uri: url(model.paths.ninjs(article.locale, article)),
    type: 'text',
    version: String(status.version),
    firstCreated: article.published.iso,
    versionCreated: status.versionCreated,
    contentCreated: article.published.iso,
    ...(article.embargo ? {embargoedUntil: article.embargo} : {}),
    pubStatus: status.pubStatus,
    ...(status.edNotes.length > 0 ? {edNote: editorNotes(model, article, status).join('\n')} : {}),
    language: tagOf(article.locale),
    headlines: [{role: 'main', contentType: 'text/plain', value: article.title}],
    descriptions: [{role: 'summary', contentType: 'text/plain', value: article.summary}],
    // A canceled item carries nothing a partner could still publish.
    ...(article.withdrawn ? {} : {bodies: [{role: 'main', contentType: 'text/html', value: article.absoluteBodyHtml, wordCount: article.wordCount}]}),
    by: article.author ?? model.translators[article.locale]('site.name'),
    ...(article.dateline ? {located: article.dateline} : {}),
    subjects: article.tags.map((tag) => ({name: tag.name, literal: tag.id, uri: url(model.paths.tag(article.locale, tag.id))})),
    copyrightHolder: model.config.syndication.copyrightHolder,
    usageTerms: model.config.syndication.usageTerms,
    altIds: [
      {role: 'translation-group', value: translationGroupId(model, article)},
      {role: 'canonical', value: url(article.path)}
    ],
    renditions: [
      {name: 'html', href: url(model.paths.partnerHtml(article.locale, article)), contentType: 'text/html'},
      {name: 'web', href: url(article.path), contentType: 'text/html'}
    ],
    associations: [
      ...(image
        ? [
            {
              name: 'featureimage',
              uri: url(image.src),
              type: 'picture',
              ...(image.caption ? {headlines: [{role: 'caption', value: image.caption}]} : {}),
              descriptions: [{role: 'alt', value: image.alt}],
              renditions: [
                {
                  name: 'original',
                  href: url(image.src),
                  ...(image.type ? {contentType: image.type} : {}),
                  ...(image.width ? {width: image.width} : {}),
                  ...(image.height ? {height: image.height} : {}),
                  ...(image.bytes ? {sizeInBytes: image.bytes} : {}),
                  ...(image.focus && image.width && image.height ? {poi: pointOfInterest(image.focus, image.width, image.height)} : {})
                },
                ...leadRenditionFiles(model, image).map(({rendition, bytes}) => ({
                  name: rendition.crop ? `crop-${rendition.crop.shape}` : `${rendition.format}-${rendition.width}`,
                  href: url(rendition.path),
                  contentType: rendition.type,
                  width: rendition.width,
                  height: rendition.height,
                  sizeInBytes: bytes,
                  ...(rendition.crop ? {aspectRatio: cropShapes[rendition.crop.shape].aspectRatio} : {})
                }))
              ]
            }
          ]
        : []),
      ...Object.values(release.translations)
        .filter((other) => other !== article)
        .map((other) => ({
          name: `translation-${tagOf(other.locale)}`,
          rel: 'translation',
          uri: url(model.paths.ninjs(other.locale, other)),
          type: 'text',
          language: tagOf(other.locale),
          headlines: [{role: 'main', value: other.title}]
        }))
    ]
  }
}

/** A focal point in the original's pixels from the top left, as ninjs gives one. */
function pointOfInterest([x, y]: FocalPoint, width: number, height: number): {x: number; y: number} {
  return {x: Math.round(x * width), y: Math.round(y * height)}
}

export function* ninjsFiles(model: SiteModel): Iterable<OutputFile> {
  for (const release of model.releases) {
    for (const article of Object.values(release.translations)) {
      yield {
        path: fileForPath(model.paths.ninjs(article.locale, article)),
        // The renditions' sizes too, which a new encoder changes without changing the release.
        key: outputKey(
          model,
          article.locale,
          'ninjs',
          ...Object.values(release.translations).map((t) => t.key),
          article.key,
          ...(article.image && !article.withdrawn ? leadRenditionFiles(model, article.image).map((file) => file.bytes) : [])
        ),
        render: () => `${JSON.stringify(ninjsItem(model, release, article), null, 2)}\n`
      }
    }
  }
}
