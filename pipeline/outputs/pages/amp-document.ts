import {readFileSync} from 'node:fs'
import type {Element} from 'hast'
import {h} from 'hastscript'
import {ampExtensions, type AmpExtension} from '../../render/amp/rehype-amp.ts'
import {siteLanguages} from '../../config/languages.ts'
import {absoluteUrl} from '../../config/urls.ts'
import {projectFile} from '../../runtime.ts'
import {toHtml} from 'hast-util-to-html'
import {htmlFormat} from '../format-table.ts'
import {alternateLinks, chromeOf, pageBody, serializeDocument, trustedHtml, type PageInput} from './document.ts'

const ampRuntime = 'https://cdn.ampproject.org/v0.js'

// The AMP boilerplate, byte for byte as the AMP specification requires it.
const boilerplate =
  'body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;-moz-animation:-amp-start 8s steps(1,end) 0s 1 normal both;-ms-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}@-webkit-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}@-moz-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}@-ms-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}@-o-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}'
const noscriptBoilerplate = 'body{-webkit-animation:none;-moz-animation:none;-ms-animation:none;animation:none}'

/** The site's stylesheet inlined, as AMP allows no external one; AMP caps it at 75,000 bytes. */
export const ampCss = [
  readFileSync(projectFile('pipeline/outputs/assets/site.css'), 'utf8'),
  readFileSync(projectFile('pipeline/outputs/assets/amp.css'), 'utf8')
]
  .join('\n')
  .replace(/\/\*[\s\S]*?\*\//g, '')
  .replace(/\s*\n\s*/g, '\n')
  .trim()

// The same on every AMP page: serialized once.
const ampStyles = trustedHtml(
  toHtml([
    h('style', {'amp-boilerplate': ''}, boilerplate),
    h('noscript', [h('style', {'amp-boilerplate': ''}, noscriptBoilerplate)]),
    h('style', {'amp-custom': ''}, ampCss)
  ])
)

export interface AmpPageInput extends PageInput {
  /** The canonical (non-AMP) page this one mirrors. */
  readonly canonicalPath: string
  readonly extensions: readonly AmpExtension[]
}

/** An AMP document: same frame and content as the HTML page, in the markup AMP accepts. */
export function renderAmpDocument(page: AmpPageInput): string {
  const t = page.model.translators[page.locale]
  const head = h('head', [
    h('meta', {charSet: 'utf-8'}),
    h('script', {async: true, src: ampRuntime}),
    ...page.extensions.map((name) =>
      h('script', {async: true, 'custom-element': name, src: `https://cdn.ampproject.org/v0/${name}-${ampExtensions[name]}.js`})
    ),
    h('title', `${page.title} — ${t('site.name')}`),
    h('link', {rel: htmlFormat.rel, href: absoluteUrl(page.model.config, page.canonicalPath)}),
    h('meta', {name: 'viewport', content: 'width=device-width, initial-scale=1'}),
    h('meta', {name: 'description', content: page.description}),
    ...alternateLinks(page),
    chromeOf(page.model, page.locale).feedLinks,
    chromeOf(page.model, page.locale).icon,
    ...(page.head ?? []),
    ampStyles
  ])
  const html: Element = h('html', {amp: '', lang: siteLanguages(page.model.config).get(page.locale).tag}, [head, pageBody(page, 'amp')])
  return serializeDocument(html)
}
