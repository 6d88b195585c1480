import {describe, expect, it} from 'vitest'
import {renderBody} from '../render-body.ts'

const media = {
  '/media/photo.jpg': {width: 800, height: 450, type: 'image/jpeg', bytes: 1234, digest: 'd'},
  '/media/фото.png': {width: 10, height: 20, type: 'image/png', bytes: 99, digest: 'e'}
}

describe('mediaDimensions', () => {
  it('should make a local image missing from content/media/ an error where it is written (regression: published broken)', () => {
    const {messages} = renderBody('Text.\n\n![Gone](/media/gone.jpg) <img src="/media/also-gone.png" alt="raw"> ![Relative](moon.jpg)', media)
    expect(messages.filter((m) => m.ruleId === 'MB3003')).toEqual([
      expect.objectContaining({
        line: 3,
        column: 1,
        fatal: true,
        reason: 'image /media/gone.jpg not found, expected a file in content/media/gone.jpg'
      }),
      expect.objectContaining({
        line: 3,
        column: 26,
        fatal: true,
        reason: 'image /media/also-gone.png not found, expected a file in content/media/also-gone.png'
      }),
      expect.objectContaining({
        line: 3,
        column: 69,
        fatal: true,
        reason: 'image moon.jpg not found, expected an image in content/media/, linked as /media/<name>'
      })
    ])
  })

  it('should find a media file whose name Markdown percent-encoded', () => {
    const {html, messages} = renderBody('![Photo](/media/фото.png) ![Sized](/media/photo.jpg?v=2)', media)
    expect(html).toContain('width="10" height="20"')
    expect(html).toContain('width="800" height="450"')
    expect(messages).toEqual([])
  })

  it('should not look for a remote image in content/media/', () => {
    expect(renderBody('![Remote](https://images.example.test/x.png)', media).messages.filter((m) => m.ruleId === 'MB3003')).toEqual([])
  })
})
