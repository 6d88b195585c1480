import type {Element} from 'hast'
import {sanitize} from 'hast-util-sanitize'
import {toHtml} from 'hast-util-to-html'
import {h} from 'hastscript'
import {absoluteUrl} from '../config/urls.ts'
import type {SiteConfig} from '../config/site-config.ts'
import type {RenderedImage} from '../render/render-release.ts'
import {sanitizeSchema} from '../render/sanitize-schema.ts'

/** A release's lead image with its caption, its URL absolute, for copies read away from the site (feeds, partner copies). */
export function leadFigure(config: Pick<SiteConfig, 'baseUrl'>, image: RenderedImage): Element {
  return h('figure', [
    h('img', {src: absoluteUrl(config, image.src), alt: image.alt, width: image.width, height: image.height}),
    image.caption ? h('figcaption', image.caption) : undefined
  ])
}

/** The lead figure as HTML, through the sanitizer the bodies pass, since its alt, caption and path come from front matter. */
export function leadFigureHtml(config: Pick<SiteConfig, 'baseUrl'>, image: RenderedImage): string {
  return toHtml(sanitize(leadFigure(config, image), sanitizeSchema))
}
