import {extname} from 'node:path'

/** Media types by file extension (no dot): what the media index, the output formats and the preview read. */
export const mediaTypes = {
  html: 'text/html',
  css: 'text/css',
  js: 'text/javascript',
  txt: 'text/plain',
  xml: 'application/xml',
  json: 'application/json',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  svg: 'image/svg+xml',
  avif: 'image/avif'
} as const satisfies Readonly<Record<string, string>>

/** Feeds share `.xml` and `.json` with other files, so their types go by format, not extension. */
export const feedMediaTypes = {
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
  jsonFeed: 'application/feed+json'
} as const

/** Type of an extension (`png`, no dot), or undefined for one not in the table. */
export function typeOfExtension(extension: string): string | undefined {
  return Object.hasOwn(mediaTypes, extension) ? mediaTypes[extension as keyof typeof mediaTypes] : undefined
}

export function mediaTypeOf(path: string): string | undefined {
  return typeOfExtension(extname(path).slice(1))
}

/** The `content-type` a server sends: text, XML and JSON say they are UTF-8; an unknown type is bytes. */
export function contentType(type: string | undefined): string {
  if (type === undefined) return 'application/octet-stream'
  return /^(?:text\/|application\/(?:[\w.-]+\+)?(?:xml|json)$)/.test(type) ? `${type}; charset=utf-8` : type
}
