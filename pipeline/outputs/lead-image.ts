import type {Element} from 'hast'
import {sanitize} from 'hast-util-sanitize'
import {toHtml} from 'hast-util-to-html'
import {h} from 'hastscript'
import {absoluteUrl} from '../config/urls.ts'
import type {SiteConfig} from '../config/site-config.ts'
import type {RenderedImage} from '../render/render-release.ts'
import {sanitizeSchema} from '../render/sanitize-schema.ts'
import {columnSizes, picture} from '../render/picture.ts'

/** A release's lead image with its caption, as a picture of its renditions at absolute URLs, for partner copies. */
export function leadFigure(config: Pick<SiteConfig, 'baseUrl' | 'images'>, image: RenderedImage): Element {
  const url = (path: string) => absoluteUrl(config, path)
  return h('figure', [
    picture(image, config.images, {alt: image.alt, sizes: columnSizes, lead: true, url}),
    image.caption ? h('figcaption', image.caption) : undefined
  ])
}

/** The lead figure as HTML for feeds, the file as it is, through the sanitizer the bodies pass, since its alt, caption and path come from front matter. */
export function leadFigureHtml(config: Pick<SiteConfig, 'baseUrl'>, image: RenderedImage): string {
  const figure = h('figure', [
    h('img', {src: absoluteUrl(config, image.src), alt: image.alt, width: image.width, height: image.height}),
    image.caption ? h('figcaption', image.caption) : undefined
  ])
  return toHtml(sanitize(figure, sanitizeSchema))
}
