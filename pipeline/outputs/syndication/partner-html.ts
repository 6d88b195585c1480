import type {Element} from 'hast'
import {h} from 'hastscript'
import {siteLanguages} from '../../config/languages.ts'
import {absoluteUrl, fileForPath} from '../../config/urls.ts'
import type {RenderedRelease} from '../../render/render-release.ts'
import type {OutputFile} from '../output-file.ts'
import {outputKey} from '../output-key.ts'
import {serializeDocument, trustedHtml} from '../pages/document.ts'
import {timeElement} from '../pages/time-element.ts'
import type {SiteModel} from '../site-model.ts'

// Just enough to read well when opened directly; partners restyle it in their own systems.
const partnerCss =
  'body{max-width:42rem;margin:2rem auto;padding:0 1rem;font:1rem/1.6 system-ui,sans-serif}img{max-width:100%;height:auto}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3rem}'

/**
 * A self-contained copy of one release-language for partners to pull into their own systems:
 * no navigation, no script, no external stylesheet, every URL absolute, attribution included.
 */
export function partnerHtml(model: SiteModel, article: RenderedRelease): string {
  const t = model.translators[article.locale]
  const canonical = absoluteUrl(model.config, article.path)
  const head = h('head', [
    h('meta', {charSet: 'utf-8'}),
    h('title', article.title),
    h('meta', {name: 'description', content: article.summary}),
    h('link', {rel: 'canonical', href: canonical}),
    // The public page is the one search engines should index, not the partner copy.
    h('meta', {name: 'robots', content: 'noindex'}),
    h('style', partnerCss)
  ])
  const body = h('body', [
    h('article', [
      h('h1', article.title),
      h('p', {className: ['dateline']}, [
        article.dateline ? `${article.dateline}, ` : '',
        timeElement(article.published, 'text'),
        article.author ? ` · ${t('article.by', {author: article.author})}` : ''
      ]),
      article.image ? heroImage(model, article.image) : undefined,
      h('div', {className: ['body']}, [trustedHtml(article.absoluteBodyHtml)]),
      h('p', {className: ['attribution']}, [`${t('syndication.attribution', {agency: t('site.name')})}: `, h('a', {href: canonical}, canonical)])
    ])
  ])
  return serializeDocument(h('html', {lang: siteLanguages(model.config).get(article.locale).tag}, [head, body]))
}

function heroImage(model: SiteModel, image: NonNullable<RenderedRelease['image']>): Element {
  return h('figure', [
    h('img', {src: absoluteUrl(model.config, image.src), alt: image.alt, width: image.width, height: image.height}),
    image.caption ? h('figcaption', image.caption) : undefined
  ])
}

export function* partnerHtmlFiles(model: SiteModel): Iterable<OutputFile> {
  for (const release of model.releases) {
    for (const article of Object.values(release.translations)) {
      yield {
        path: fileForPath(model.paths.partnerHtml(article.locale, article)),
        key: outputKey(model, article.locale, 'partner', article.key),
        render: () => partnerHtml(model, article)
      }
    }
  }
}
