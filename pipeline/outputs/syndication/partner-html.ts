import type {Element} from 'hast'
import {h} from 'hastscript'
import {siteLanguages} from '../../config/languages.ts'
import {absoluteUrl, fileForPath} from '../../config/urls.ts'
import type {RenderedRelease} from '../../render/render-release.ts'
import {embargoLift, underEmbargo} from '../embargo.ts'
import {leadFigure} from '../lead-image.ts'
import type {OutputFile} from '../output-file.ts'
import {outputKey} from '../output-key.ts'
import {serializeDocument, trustedHtml} from '../pages/document.ts'
import {correctionsNotice, withdrawalNotice, withdrawalText} from '../pages/release-notices.ts'
import {timeElement} from '../pages/time-element.ts'
import type {SiteModel} from '../site-model.ts'

// Just enough to read well when opened directly; partners restyle it in their own systems.
const partnerCss =
  'body{max-width:42rem;margin:2rem auto;padding:0 1rem;font:1rem/1.6 system-ui,sans-serif}img{max-width:100%;height:auto}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3rem}.embargo-notice{border:2px solid #b00020;padding:.5rem 1rem;font-weight:bold}.standfirst{font-size:1.15rem}footer{margin-top:2rem;font-size:.875rem}'

/**
 * A self-contained copy of one release-language for partners to pull into their own systems:
 * no navigation, no script, no external stylesheet, every URL absolute, with the standfirst, the
 * attribution, the copyright and the usage terms in the release's language, and, while the
 * release is under embargo (only in the private partner bundle), a notice saying when it lifts.
 * Its corrections come after the dateline; once withdrawn, the copy is the notice alone, so a
 * partner who fetches it again finds nothing left to republish.
 */
export function partnerHtml(model: SiteModel, article: RenderedRelease): string {
  const t = model.translators[article.locale]
  const canonical = absoluteUrl(model.config, article.path)
  const {withdrawn} = article
  const head = h('head', [
    h('meta', {charSet: 'utf-8'}),
    h('title', withdrawn ? t('withdrawn.title', {title: article.title}) : article.title),
    h('meta', {name: 'description', content: withdrawn ? withdrawalText(t, withdrawn) : article.summary}),
    h('link', {rel: 'canonical', href: canonical}),
    // The public page is the one search engines should index, not the partner copy.
    h('meta', {name: 'robots', content: 'noindex'}),
    h('style', partnerCss)
  ])
  const body = h('body', [
    h('main', [
      h('article', [
        underEmbargo(model, article) ? embargoNotice(model, article) : undefined,
        ...(withdrawn
          ? withdrawalNotice(t, {...article, withdrawn}, false)
          : [
              h('h1', article.title),
              article.summary ? h('p', {className: ['standfirst']}, article.summary) : undefined,
              h('p', {className: ['dateline']}, [
                article.dateline ? `${article.dateline}, ` : '',
                timeElement(article.published, 'text'),
                article.author ? ` · ${t('article.by', {author: article.author})}` : ''
              ]),
              correctionsNotice(t, article, false),
              article.image ? leadFigure(model.config, article.image) : undefined,
              h('div', {className: ['body']}, [trustedHtml(article.absoluteBodyHtml)])
            ]),
        h('p', {className: ['attribution']}, [`${t('syndication.attribution', {agency: t('site.name')})}: `, h('a', {href: canonical}, canonical)])
      ])
    ]),
    h('footer', [
      h('p', {className: ['copyright']}, t('syndication.copyright')),
      // Nothing is left to republish once it is withdrawn.
      withdrawn ? undefined : h('p', {className: ['usage-terms']}, t('syndication.usageTerms'))
    ])
  ])
  return serializeDocument(h('html', {lang: siteLanguages(model.config).get(article.locale).tag}, [head, body]))
}

function embargoNotice(model: SiteModel, article: RenderedRelease & {readonly embargo: string}): Element {
  const time = embargoLift(model, article).text
  return h('p', {className: ['embargo-notice']}, model.translators[article.locale]('syndication.embargo', {time, timeZone: model.config.timeZone}))
}

export function* partnerHtmlFiles(model: SiteModel): Iterable<OutputFile> {
  for (const release of model.releases) {
    for (const article of Object.values(release.translations)) {
      yield {
        path: fileForPath(model.paths.partnerHtml(article.locale, article)),
        // The notice goes when the embargo lifts, with nothing else changed.
        key: outputKey(model, article.locale, 'partner', article.key, underEmbargo(model, article) ? 'embargoed' : 'public'),
        render: () => partnerHtml(model, article)
      }
    }
  }
}
