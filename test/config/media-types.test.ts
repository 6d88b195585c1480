import {describe, expect, it} from 'vitest'
import {contentType, feedMediaTypes, mediaTypeOf} from '../../pipeline/config/media-types.ts'

describe('content types the preview and the test server send', () => {
  it('should declare UTF-8 for pages, stylesheets, sitemaps, data and feeds', () => {
    expect(contentType(mediaTypeOf('en/index.html'))).toBe('text/html; charset=utf-8')
    expect(contentType(mediaTypeOf('assets/site.css'))).toBe('text/css; charset=utf-8')
    expect(contentType(mediaTypeOf('sitemap.xml'))).toBe('application/xml; charset=utf-8')
    expect(contentType(mediaTypeOf('syndication/en/index.json'))).toBe('application/json; charset=utf-8')
    expect(contentType(feedMediaTypes.atom)).toBe('application/atom+xml; charset=utf-8')
  })

  it('should send images as their real type, without a charset', () => {
    expect(contentType(mediaTypeOf('media/logo.svg'))).toBe('image/svg+xml')
    expect(contentType(mediaTypeOf('media/photo.jpeg'))).toBe('image/jpeg')
    expect(contentType(mediaTypeOf('media/photo.avif'))).toBe('image/avif')
  })

  it('should send a file of no known type as bytes', () => {
    expect(contentType(mediaTypeOf('media/report.pdf'))).toBe('application/octet-stream')
    expect(contentType(mediaTypeOf('media/notes.constructor'))).toBe('application/octet-stream')
  })
})
