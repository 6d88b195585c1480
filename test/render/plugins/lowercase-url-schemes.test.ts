import {describe, expect, it} from 'vitest'
import {attributeValues, renderBody} from '../render-body.ts'

describe('lowercaseUrlSchemes', () => {
  it('should keep a link whose scheme is written in capitals, in the page, AMP and feed bodies (regression: it lost its href)', () => {
    const {html, amp, absolute, messages} = renderBody(
      [
        'Literal HTTPS://example.org/Report and [written](HTTP://example.org/Path?Q=1).',
        '',
        '<a href="Mailto:press@dunyo.uz">mail</a> <q cite="Https://example.org/Source">quoted</q>'
      ].join('\n')
    )
    const links = ['https://example.org/Report', 'http://example.org/Path?Q=1', 'mailto:press@dunyo.uz']
    for (const body of [html, amp, absolute]) expect(attributeValues(body, 'href')).toEqual(links)
    expect(attributeValues(html, 'cite')).toEqual(['https://example.org/Source'])
    expect(html).toContain('>HTTPS://example.org/Report</a>')
    expect(messages).toEqual([])
  })

  it('should still refuse a scheme the sanitizer refuses, however it is written', () => {
    const {html} = renderBody('[a](JAVASCRIPT:alert(1)) <a href="JavaScript:alert(2)">b</a> [c](XMPP:press@dunyo.uz)')
    expect(attributeValues(html, 'href')).toEqual([])
    expect(html).not.toMatch(/javascript|xmpp/i)
  })
})
