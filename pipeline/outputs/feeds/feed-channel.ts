import {siteLanguages} from '../../config/languages.ts'
import type {Locale} from '../../config/locales.ts'
import {absoluteUrl} from '../../config/urls.ts'
import {toHtml} from 'hast-util-to-html'
import type {RenderedRelease} from '../../render/render-release.ts'
import {leadFigureHtml} from '../lead-image.ts'
import {correctionsNotice, withdrawalNotice, withdrawalText} from '../pages/release-notices.ts'
import type {SiteModel} from '../site-model.ts'

export const generatorName = 'Matbuot'

/** One entry, format-neutral: what RSS, Atom and JSON Feed each write in their own way. */
export interface FeedEntry {
  /** The canonical URL: stable, unchanged when the title changes. */
  readonly id: string
  readonly url: string
  readonly title: string
  readonly summary: string
  /** Sanitized article HTML, the corrections and the lead image with its caption first, every URL absolute; a withdrawn entry's notice. */
  readonly contentHtml: string
  readonly author: string
  readonly categories: readonly string[]
  readonly image?: {readonly url: string; readonly type: string; readonly bytes: number; readonly width?: number; readonly height?: number}
  readonly published: Date
  readonly updated: Date
  /** The release's other languages, but the withdrawn ones. */
  readonly translations: readonly {readonly tag: string; readonly url: string}[]
  /** Set on a withdrawn release: the entry is its tombstone, the notice in place of the article, dated `updated`. */
  readonly withdrawn?: {readonly reason: string}
}

/** A locale's feed, format-neutral. */
export interface FeedChannel {
  readonly locale: Locale
  /** BCP 47 tag of the feed's language. */
  readonly language: string
  /** The site's name and the language's, so a reader subscribed to two languages tells them apart. */
  readonly title: string
  /** The site's name alone: the feed's author. */
  readonly siteName: string
  readonly description: string
  readonly homeUrl: string
  readonly selfUrls: {readonly rss: string; readonly atom: string; readonly json: string}
  /** The WebSub hubs to name beside the self link. */
  readonly hubs: readonly string[]
  /** The newest entry's date: never the build time, so the same input gives the same feed. */
  readonly updated: Date
  readonly entries: readonly FeedEntry[]
}

const channels = new WeakMap<SiteModel, Map<Locale, FeedChannel>>()

/** The newest releases of a locale, as a feed channel: built once for RSS, Atom and JSON Feed. */
export function feedChannel(model: SiteModel, locale: Locale): FeedChannel {
  let built = channels.get(model)
  if (!built) channels.set(model, (built = new Map()))
  let channel = built.get(locale)
  if (!channel) built.set(locale, (channel = buildChannel(model, locale)))
  return channel
}

function buildChannel(model: SiteModel, locale: Locale): FeedChannel {
  const t = model.translators[locale]
  const url = (path: string) => absoluteUrl(model.config, path)
  const language = siteLanguages(model.config).get(locale)
  const entries = model.releases
    .filter((release) => release.translations[locale])
    .slice(0, model.config.feedSize)
    .map((release) => {
      const article = release.translations[locale]!
      return feedEntry(
        model,
        article,
        Object.values(release.translations).filter((other) => other !== article && !other.withdrawn)
      )
    })
  const newest = Math.max(0, ...entries.map((e) => e.updated.getTime()))
  return {
    locale,
    language: language.tag,
    title: `${t('site.name')} — ${language.label}`,
    siteName: t('site.name'),
    description: t('site.description'),
    homeUrl: url(model.paths.home(locale)),
    selfUrls: {rss: url(model.paths.rss(locale)), atom: url(model.paths.atom(locale)), json: url(model.paths.jsonFeed(locale))},
    hubs: model.config.hubs,
    updated: new Date(newest),
    entries
  }
}

function feedEntry(model: SiteModel, article: RenderedRelease, others: readonly RenderedRelease[]): FeedEntry {
  const url = absoluteUrl(model.config, article.path)
  const t = model.translators[article.locale]
  const translations = others.map((other) => ({tag: siteLanguages(model.config).get(other.locale).tag, url: absoluteUrl(model.config, other.path)}))
  const author = article.author ?? t('site.name')
  const {withdrawn} = article
  if (withdrawn) {
    // The entry stays, under its id, so readers that hold it replace it with the notice.
    return {
      id: url,
      url,
      title: t('withdrawn.title', {title: article.title}),
      summary: withdrawalText(t, withdrawn),
      // The notice without its heading: the entry's title says it.
      contentHtml: toHtml(withdrawalNotice(t, {...article, withdrawn}).slice(1)),
      author,
      categories: [],
      published: new Date(article.published.iso),
      updated: new Date(withdrawn.date.iso),
      translations,
      withdrawn: {reason: withdrawn.reason}
    }
  }
  const image = article.image
  const corrections = correctionsNotice(t, article)
  const leading = [corrections && toHtml(corrections), image && leadFigureHtml(model.config, image)].filter((part) => part !== undefined)
  return {
    id: url,
    url,
    title: article.title,
    summary: article.summary,
    contentHtml: [...leading, article.absoluteBodyHtml].join('\n'),
    author,
    categories: article.tags.map((tag) => tag.name),
    ...(image?.type && image.bytes !== undefined
      ? {
          image: {
            url: absoluteUrl(model.config, image.src),
            type: image.type,
            bytes: image.bytes,
            ...(image.width === undefined ? {} : {width: image.width}),
            ...(image.height === undefined ? {} : {height: image.height})
          }
        }
      : {}),
    published: new Date(article.published.iso),
    updated: new Date((article.updated ?? article.published).iso),
    translations
  }
}
