import {describe, expect, it} from 'vitest'
import {renderBody} from '../render-body.ts'

const media = {'/media/photo.jpg': {width: 800, height: 450, type: 'image/jpeg', bytes: 1234, digest: 'd'}}

describe('imageTitleCaptions', () => {
  it('should turn a titled image alone in its paragraph into a figure with the title as its caption', () => {
    const {html, amp, messages} = renderBody('![Solar panels](/media/photo.jpg "The plant near Navoi")', media)
    expect(html).toBe(
      '<figure class="captioned-image"><img src="/media/photo.jpg" alt="Solar panels" loading="lazy" decoding="async" width="800" height="450"><figcaption>The plant near Navoi</figcaption></figure>'
    )
    expect(amp).toMatch(
      /^<figure class="captioned-image"><amp-img [^>]*layout="responsive"[^>]*><\/amp-img><figcaption>The plant near Navoi<\/figcaption><\/figure>$/
    )
    expect(messages).toEqual([])
  })

  it('should escape a caption that looks like markup, as text', () => {
    const {html} = renderBody('![Chart](/media/photo.jpg "<script>alert(1)</script> & more")', media)
    expect(html).toContain('<figcaption>&#x3C;script>alert(1)&#x3C;/script> &#x26; more</figcaption>')
  })

  it('should leave an image without a title, or one inside a sentence, as it was', () => {
    const {html} = renderBody('![Untitled](/media/photo.jpg)\n\nSee ![inline](/media/photo.jpg "Inline title") here.', media)
    expect(html).not.toContain('<figure')
    expect(html).toContain('title="Inline title"')
  })
})
