import type {Element, Root} from 'hast'
import {SKIP, visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import type {ImageSettings} from '../../config/image-renditions.ts'
import {columnSizes, imageRenditions, picture} from '../picture.ts'
import {mediaPath} from './media-dimensions.ts'

/**
 * A local image with renditions becomes a `<picture>` of them, as the lead image is, so a phone
 * fetches a small AVIF or WebP rather than the file; the media files it shows are noted for the
 * build to make their renditions. Runs after mediaDimensions, which gives each its size.
 */
export default function responsiveImages() {
  return (tree: Root, file: VFile) => {
    const settings = file.data.imageSettings
    const media = file.data.media ?? {}
    const places: Record<string, {line: number; column: number}> = {}
    visit(tree, 'element', (node: Element, index, parent) => {
      if (!settings || node.tagName !== 'img' || !parent || index === undefined) return undefined
      const src = node.properties.src
      if (typeof src !== 'string' || /^(?:[a-z][a-z\d+.-]*:|\/\/)/i.test(src)) return undefined
      const key = mediaPath(src)
      const info = Object.hasOwn(media, key) ? media[key] : undefined
      if (!info) return undefined
      const image = {src: src.replace(/[?#].*$/s, ''), width: info.width, height: info.height, type: info.type}
      if (imageRenditions(image, settings).length === 0) return undefined
      const {alt, src: _src, ...properties} = node.properties
      parent.children[index] = picture(image, settings, {alt: typeof alt === 'string' ? alt : '', sizes: columnSizes, properties})
      places[key] ??= {line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1}
      return SKIP
    })
    file.data.bodyImages = Object.keys(places).sort()
    file.data.bodyImagePlaces = places
  }
}

declare module 'vfile' {
  interface DataMap {
    imageSettings: ImageSettings
    /** Media keys (`/media/x.jpg`) of the images the body shows as pictures. */
    bodyImages: string[]
    /** Where the body first shows each of them, counted from the body's first line. */
    bodyImagePlaces: Record<string, {line: number; column: number}>
  }
}
