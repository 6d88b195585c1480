import {describe, expect, it} from 'vitest'
import {renderBody} from '../render-body.ts'

describe('rehypeAmp', () => {
  it('should never nest links for an image of unknown size inside a link (regression: `[![moon](…)](/uri)`)', () => {
    const {amp} = renderBody('[![moon](https://images.example.test/moon.jpg)](/uri)')
    expect(amp).toBe('<p><a href="/uri"><span>moon</span></a></p>')
  })

  it('should still link to an image of unknown size outside a link', () => {
    expect(renderBody('![chart](https://images.example.test/chart.png)').amp).toBe('<p><a href="https://images.example.test/chart.png">chart</a></p>')
  })

  it('should leave out an image the sanitizer took the src of, on the page and on AMP (regression: a bare <img> and <a>undefined</a>)', () => {
    const {html, amp, messages} = renderBody('<img src="javascript:alert(1)" alt="unsafe"> <img src="data:image/png;base64,AAAA"> and text')
    for (const body of [html, amp]) {
      expect(body).not.toMatch(/<img|<amp-img|undefined|href=/)
      expect(body).toContain('unsafe')
      expect(body).toContain('and text')
    }
    expect(messages.map((m) => `${m.line}:${m.column} ${m.reason.slice(0, 37)}`)).toEqual([
      '1:1 Unexpected image without a usable src',
      '1:46 Unexpected image without a usable src'
    ])
  })
})
