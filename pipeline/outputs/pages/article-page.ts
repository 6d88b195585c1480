import type {Element, ElementContent} from 'hast'
import {h} from 'hastscript'
import {siteLanguages, type Language} from '../../config/languages.ts'
import type {Locale} from '../../config/locales.ts'
import {absoluteUrl} from '../../config/urls.ts'
import type {LocalizedDate} from '../../localize/format-date.ts'
import type {Translate} from '../../localize/translator.ts'
import type {RenderedRelease} from '../../render/render-release.ts'
import {ampFormat} from '../format-table.ts'
import {ampPicture, columnSizes, picture} from '../../render/picture.ts'
import type {PublishedRelease, SiteModel} from '../site-model.ts'
import {jsonLd, renderDocument, trustedHtml, type LanguageLink} from './document.ts'
import {newsArticle} from './news-article.ts'
import {correctionsNotice, withdrawalNotice, withdrawalText} from './release-notices.ts'
import {shareImage} from './share-image.ts'

/** How the article's own parts are marked up: plain HTML, or AMP's custom elements. */
export type ArticleVariant = 'html' | 'amp'

/** The article page of one release-language, or the notice that replaces it once withdrawn. */
export function renderArticlePage(model: SiteModel, release: PublishedRelease, article: RenderedRelease): string {
  const languages = languagesOf(model, release, article)
  if (article.withdrawn) return renderWithdrawnPage(model, {...article, withdrawn: article.withdrawn}, languages)
  const head: Element[] = [
    ...(article.amp ? [h('link', {rel: ampFormat.rel, href: absoluteUrl(model.config, model.paths.amp(article.locale, article))})] : []),
    ...socialMeta(model, article, languages),
    jsonLd(newsArticle(model, article))
  ]
  const main = [articleElement(model, article, languages, 'html')]
  return renderDocument({
    model,
    locale: article.locale,
    path: article.path,
    title: article.title,
    description: article.summary,
    languages,
    head,
    main
  })
}

/** Headline, meta, image, body, tags and other languages: the same in both variants. */
export function articleElement(model: SiteModel, article: RenderedRelease, languages: readonly LanguageLink[], variant: ArticleVariant): Element {
  const t = model.translators[article.locale]
  const bodyHtml = variant === 'amp' ? article.amp!.bodyHtml : article.bodyHtml
  return h('article', {className: ['release']}, [
    article.draft ? h('p', {className: ['draft-notice']}, t('article.draft')) : undefined,
    h('h1', article.title),
    // The summary as a standfirst: what a reader takes in before the body.
    h('p', {className: ['standfirst']}, article.summary),
    releaseMeta(model, article),
    correctionsNotice(t, article),
    article.image ? figure(model, article.image, variant) : undefined,
    h('div', {className: ['release-body']}, [trustedHtml(bodyHtml)]),
    article.tags.length > 0
      ? h('nav', {className: ['release-tags'], ariaLabel: t('article.tags')}, [
          h('h2', t('article.tags')),
          h(
            'ul',
            article.tags.map((tag) => h('li', h('a', {href: model.paths.tag(article.locale, tag.id), rel: 'tag'}, tag.name)))
          )
        ])
      : undefined,
    alsoIn(model, article.locale, languages)
  ])
}

/** Open Graph and Twitter card: how the page looks when shared. */
function socialMeta(model: SiteModel, article: RenderedRelease, languages: readonly LanguageLink[]): Element[] {
  const t = model.translators[article.locale]
  const image = shareImage(model, article)
  const locale = openGraphLocale(siteLanguages(model.config).get(article.locale))
  // uz-Latn and uz-Cyrl are both uz_UZ to Open Graph: each locale is named once.
  const alternates = new Set(languages.filter((l) => l.language.code !== article.locale).map((l) => openGraphLocale(l.language)))
  alternates.delete(locale)
  return [
    h('meta', {property: 'og:type', content: 'article'}),
    h('meta', {property: 'og:site_name', content: t('site.name')}),
    h('meta', {property: 'og:title', content: article.title}),
    h('meta', {property: 'og:description', content: article.summary}),
    h('meta', {property: 'og:url', content: absoluteUrl(model.config, article.path)}),
    h('meta', {property: 'og:locale', content: locale}),
    ...[...alternates].map((alternate) => h('meta', {property: 'og:locale:alternate', content: alternate})),
    ...(image
      ? [
          h('meta', {property: 'og:image', content: image.url}),
          image.width === undefined ? undefined : h('meta', {property: 'og:image:width', content: String(image.width)}),
          image.height === undefined ? undefined : h('meta', {property: 'og:image:height', content: String(image.height)}),
          image.alt === undefined ? undefined : h('meta', {property: 'og:image:alt', content: image.alt})
        ].filter((meta) => meta !== undefined)
      : []),
    h('meta', {property: 'article:published_time', content: article.published.iso}),
    ...(article.updated ? [h('meta', {property: 'article:modified_time', content: article.updated.iso})] : []),
    h('meta', {name: 'twitter:card', content: image ? 'summary_large_image' : 'summary'}),
    h('meta', {name: 'twitter:title', content: article.title}),
    h('meta', {name: 'twitter:description', content: article.summary}),
    ...(image ? [h('meta', {name: 'twitter:image', content: image.url})] : []),
    ...(image?.alt === undefined ? [] : [h('meta', {name: 'twitter:image:alt', content: image.alt})])
  ]
}

/** The language versions a page links as its alternates: the release's translations not withdrawn, and `shown` itself, if given, whatever it is. */
export function languagesOf(model: SiteModel, release: PublishedRelease, shown?: RenderedRelease): LanguageLink[] {
  return siteLanguages(model.config).all.flatMap((language) => {
    const translation = release.translations[language.code]
    return translation && (translation === shown || !translation.withdrawn) ? [{language, path: translation.path}] : []
  })
}

/** A withdrawn release-language as the page at its URL shows it, so links to it do not dangle. */
type WithdrawnRelease = RenderedRelease & {readonly withdrawn: NonNullable<RenderedRelease['withdrawn']>}

/** The short notice a withdrawn release-language's page becomes: no body, no image, no structured data, kept out of search engines. */
function renderWithdrawnPage(model: SiteModel, article: WithdrawnRelease, languages: readonly LanguageLink[]): string {
  const t = model.translators[article.locale]
  return renderDocument({
    model,
    locale: article.locale,
    path: article.path,
    title: t('withdrawn.title', {title: article.title}),
    description: withdrawalText(t, article.withdrawn),
    // A page kept out of search engines is in no hreflang cluster; readers still switch language.
    languages: [],
    switcher: languages,
    head: [
      ...(article.amp ? [h('link', {rel: ampFormat.rel, href: absoluteUrl(model.config, model.paths.amp(article.locale, article))})] : []),
      noindex()
    ],
    main: [withdrawnElement(model, article, languages)]
  })
}

/** The notice in place of the article, the same on the HTML and AMP pages. */
export function withdrawnElement(model: SiteModel, article: WithdrawnRelease, languages: readonly LanguageLink[]): Element {
  return h('article', {className: ['release', 'withdrawn']}, [
    ...withdrawalNotice(model.translators[article.locale], article),
    alsoIn(model, article.locale, languages)
  ])
}

export function noindex(): Element {
  return h('meta', {name: 'robots', content: 'noindex'})
}

/** Dateline, date, update, byline and reading time, in the order a wire story gives them. */
function releaseMeta(model: SiteModel, article: RenderedRelease): Element {
  const t = model.translators[article.locale]
  return h('div', {className: ['release-meta']}, [
    h('p', [
      article.dateline ? h('span', {className: ['dateline']}, `${article.dateline}. `) : undefined,
      h('span', `${t('article.published')}: `),
      zonedTime(t, article.published),
      article.updated ? h('span', {className: ['updated']}, [` · ${t('article.updated')}: `, zonedTime(t, article.updated)]) : undefined
    ]),
    // An unsigned release is the agency's own, and says so under the agency's name.
    h('p', `${t('article.by', {author: article.author ?? t('site.name')})} · ${article.readingTime}`)
  ])
}

/** The date and time, followed by the zone they are given in: readers abroad read 10:00 in their own otherwise. */
function zonedTime(t: Translate, date: LocalizedDate): Element {
  return h('time', {dateTime: date.iso}, t('article.timeInZone', {time: date.text}))
}

function figure(model: SiteModel, image: NonNullable<RenderedRelease['image']>, variant: ArticleVariant): Element | undefined {
  const sized = image.width !== undefined && image.height !== undefined
  // AMP cannot show an image of unknown size; the render stage has already warned.
  if (variant === 'amp' && !sized) return undefined
  const settings = model.config.images
  const shown =
    variant === 'amp' ? ampPicture(image, settings, image.alt) : picture(image, settings, {alt: image.alt, sizes: columnSizes, lead: true})
  return h('figure', {className: ['release-image']}, [shown, image.caption ? h('figcaption', image.caption) : undefined])
}

function alsoIn(model: SiteModel, locale: Locale, languages: readonly LanguageLink[]): Element | undefined {
  const others = languages.filter((l) => l.language.code !== locale)
  if (others.length === 0) return undefined
  const t = model.translators[locale]
  return h('aside', {className: ['also-in']}, [
    h('h2', t('article.alsoIn')),
    h(
      'ul',
      others.map(({language, path}) => h('li', h('a', {href: path, hrefLang: language.tag, lang: language.tag}, language.label)))
    )
  ])
}

const openGraphLocales = new Map<string, string>()

/** Open Graph's name of a language (`uz_UZ`): asked for every page, worked out once per language. */
function openGraphLocale(language: Language): string {
  let name = openGraphLocales.get(language.intl)
  if (name === undefined) {
    const intl = new Intl.Locale(language.intl).maximize()
    openGraphLocales.set(language.intl, (name = `${intl.language}_${intl.region}`))
  }
  return name
}
