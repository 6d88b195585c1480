import type {Element, ElementContent, Root} from 'hast'
import {toHtml} from 'hast-util-to-html'
import {h} from 'hastscript'
import {siteLanguages, type Language} from '../../config/languages.ts'
import type {Locale} from '../../config/locales.ts'
import {absoluteUrl} from '../../config/urls.ts'
import type {Translate} from '../../localize/translator.ts'
import {mediaTypeOf} from '../../config/media-types.ts'
import {htmlFormat, linkedFeeds} from '../format-table.ts'
import {languageAlternates} from '../language-alternates.ts'
import {searchForm} from '../search/search-form.ts'
import type {SiteModel} from '../site-model.ts'

/** A link to the same page in another language. */
export interface LanguageLink {
  readonly language: Language
  /** Site path of that language's page. */
  readonly path: string
}

export interface PageInput {
  readonly model: SiteModel
  readonly locale: Locale
  /** Site path of this page. */
  readonly path: string
  readonly title: string
  readonly description: string
  /** This page in every language it exists in, itself included. */
  readonly languages: readonly LanguageLink[]
  /** What the language switcher offers (default: `languages`): a language may have no equivalent page but still a nearest one. */
  readonly switcher?: readonly LanguageLink[]
  readonly head?: readonly Element[]
  readonly main: readonly ElementContent[]
  /** A 404 page is not canonical anywhere. */
  readonly canonical?: boolean
}

// Raw nodes are the sanitized bodies and the chrome serialized once, nothing else.
const serializeOptions = {allowDangerousHtml: true} as const

/** The page frame every HTML page shares: head, header with language switcher, footer. */
export function renderDocument(page: PageInput): string {
  const {model, locale} = page
  const t = model.translators[locale]
  const language = siteLanguages(model.config).get(locale)
  const siteName = t('site.name')
  const canonical = page.canonical ?? true

  const chrome = chromeOf(model, locale)
  const head = h('head', [
    chrome.documentStart,
    h('title', page.path === model.paths.home(locale) ? siteName : `${page.title} — ${siteName}`),
    h('meta', {name: 'description', content: page.description}),
    canonical ? h('link', {rel: htmlFormat.rel, href: absoluteUrl(model.config, page.path)}) : undefined,
    ...(canonical ? alternateLinks(page) : []),
    chrome.feedAndStyleLinks,
    chrome.icon,
    ...(page.head ?? [])
  ])

  return serializeDocument(h('html', {lang: language.tag}, [head, pageBody(page)]))
}

/** Skip link, header with the logo and the language switcher, the page's main content, footer. */
export function pageBody(page: Omit<PageInput, 'head' | 'description'>, variant: 'html' | 'amp' = 'html'): Element {
  const chrome = chromeOf(page.model, page.locale)
  return h('body', [
    chrome.skipLink,
    // AMP allows a form only with its amp-form script: its pages leave the search box to their HTML versions.
    h('header', {className: ['site-header']}, [
      variant === 'amp' ? chrome.ampSiteName : chrome.siteName,
      variant === 'amp' ? undefined : chrome.search,
      languageSwitcher(page)
    ]),
    h('main', {id: 'main'}, [...page.main]),
    chrome.footer
  ])
}

/** What every page of a locale shows alike, each part serialized once per build and thread, not once per page. */
export interface PageChrome {
  readonly documentStart: ElementContent
  readonly feedLinks: ElementContent
  readonly feedAndStyleLinks: ElementContent
  readonly icon: ElementContent
  readonly skipLink: ElementContent
  readonly siteName: ElementContent
  readonly ampSiteName: ElementContent
  /** The header's search box, or nothing when the site has no search. */
  readonly search: ElementContent | undefined
  readonly footer: ElementContent
}

// By config, then by the locale's translator: both stay the same objects for a whole build.
const chromes = new WeakMap<SiteModel['config'], WeakMap<Translate, PageChrome>>()

export function chromeOf(model: SiteModel, locale: Locale): PageChrome {
  const t = model.translators[locale]
  let byLocale = chromes.get(model.config)
  if (!byLocale) chromes.set(model.config, (byLocale = new WeakMap()))
  let chrome = byLocale.get(t)
  if (!chrome) {
    const feeds = feedLinks({model, locale})
    chrome = {
      documentStart: serializedOnce(h('meta', {charSet: 'utf-8'}), h('meta', {name: 'viewport', content: 'width=device-width, initial-scale=1'})),
      feedLinks: serializedOnce(...feeds),
      feedAndStyleLinks: serializedOnce(...feeds, h('link', {rel: 'stylesheet', href: model.paths.stylesheet()})),
      icon: serializedOnce(h('link', {rel: 'icon', type: mediaTypeOf(model.config.logo), href: model.config.logo})),
      skipLink: serializedOnce(h('a', {className: ['skip-link'], href: '#main'}, t('nav.skipToContent'))),
      siteName: serializedOnce(siteName(model, locale, 'html')),
      ampSiteName: serializedOnce(siteName(model, locale, 'amp')),
      search: model.config.search ? serializedOnce(searchForm(model, locale, 'header')) : undefined,
      footer: serializedOnce(h('footer', {className: ['site-footer']}, [h('p', t('footer.copyright', {agency: t('site.name')}))]))
    }
    byLocale.set(t, chrome)
  }
  return chrome
}

/** Header height of the logo in CSS pixels; its width follows the file's proportions. */
const logoHeight = 32

/** The agency's logo linking home, named by the agency's own name; the name as text when the logo's size is unknown. */
function siteName(model: SiteModel, locale: Locale, variant: 'html' | 'amp'): Element {
  const name = model.translators[locale]('site.name')
  const logo = model.media[model.config.logo]
  const home = model.paths.home(locale)
  if (!logo) return h('a', {className: ['site-name'], href: home}, name)
  const size = {width: Math.max(1, Math.round((logo.width * logoHeight) / logo.height)), height: logoHeight}
  const image =
    variant === 'amp'
      ? h('amp-img', {className: ['site-logo'], src: model.config.logo, alt: name, ...size, layout: 'fixed'})
      : h('img', {className: ['site-logo'], src: model.config.logo, alt: name, ...size})
  return h('a', {className: ['site-name'], href: home}, image)
}

/** Elements serialized now, escaped as every page's are, and placed as they are wherever they appear. */
function serializedOnce(...elements: Element[]): ElementContent {
  return trustedHtml(toHtml({type: 'root', children: elements}, serializeOptions))
}

export function serializeDocument(html: Element): string {
  const tree: Root = {type: 'root', children: [{type: 'doctype'}, html]}
  return `${toHtml(tree, serializeOptions)}\n`
}

/** hreflang for every language of this page, itself included, and x-default. */
export function alternateLinks(page: Pick<PageInput, 'model' | 'languages'>): Element[] {
  return languageAlternates(page.model, page.languages).map(({hreflang, href}) => h('link', {rel: 'alternate', hrefLang: hreflang, href}))
}

/** Feed autodiscovery: a link to each of the locale's feeds. */
function feedLinks(page: Pick<PageInput, 'model' | 'locale'>): Element[] {
  const name = page.model.translators[page.locale]('site.name')
  return linkedFeeds.map((feed) =>
    h('link', {rel: feed.rel, type: feed.mediaType, title: `${name} (${feed.title})`, href: feed.path(page.model.paths, page.locale)})
  )
}

/** Only languages the page exists in; the current one is marked, not linked; none when there is no other. */
function languageSwitcher(page: Pick<PageInput, 'model' | 'locale' | 'languages' | 'switcher'>): Element | undefined {
  const t = page.model.translators[page.locale]
  const offered = page.switcher ?? page.languages
  if (!offered.some((l) => l.language.code !== page.locale)) return undefined
  const items = offered.map(({language, path}) =>
    h(
      'li',
      language.code === page.locale
        ? h('span', {lang: language.tag, ariaCurrent: 'page'}, language.label)
        : h('a', {lang: language.tag, hrefLang: language.tag, href: path}, language.label)
    )
  )
  return h('nav', {className: ['language-switcher'], ariaLabel: t('nav.languages')}, [h('ul', items)])
}

/** JSON-LD as a data block; `<` is escaped so no text can close the script element. */
export function jsonLd(data: unknown): Element {
  const json = JSON.stringify(data).replace(/</g, '\\u003c')
  return h('script', {type: 'application/ld+json'}, json)
}

/** Body HTML that the Markdown processor already sanitized, or chrome already serialized, placed as it is. */
export function trustedHtml(html: string): ElementContent {
  return {type: 'raw', value: html} as unknown as ElementContent
}
