import {describe, expect, it} from 'vitest'
import {attributeValues, renderBody} from '../render-body.ts'

describe('usableUrls', () => {
  it('should publish a link with an empty host as its text, not crash the build (regression: `[empty host](https://)`)', () => {
    const {html, amp, absolute, messages} = renderBody('Before [empty host](https://) after.')
    for (const body of [html, amp, absolute]) expect(body).toBe('<p>Before empty host after.</p>')
    expect(messages).toEqual([
      expect.objectContaining({
        line: 1,
        column: 8,
        ruleId: 'MB3006',
        reason: expect.stringMatching(/^Unexpected empty host in the link URL "https:\/\/", expected .*; the link is published as plain text$/)
      })
    ])
  })

  it('should turn every link the checkers refuse into its text, in the page, AMP and feed bodies', () => {
    const {html, amp, absolute, messages} = renderBody(
      [
        '[dots](https://../) [backtick host](https://foo.bar.%60baz) [ip](http://0x7f.1/) [fragments](https://x.test/#a#b)',
        '',
        '<a href="https://x.test/a b">space</a> <a href="https://x.test/a\\b">backslash</a> <a href="https://x.test/a`b">backtick</a> <a href="https://x.test/100%">percent</a>',
        '',
        '[kept](https://example.org/ok) [also kept](/en/2024/05/other/)'
      ].join('\n')
    )
    expect(attributeValues(html, 'href')).toEqual(['https://example.org/ok', '/en/2024/05/other/'])
    expect(attributeValues(amp, 'href')).toEqual(['https://example.org/ok', '/en/2024/05/other/'])
    expect(attributeValues(absolute, 'href')).toEqual(['https://example.org/ok', 'https://news.test/en/2024/05/other/'])
    for (const text of ['dots', 'backtick host', 'ip', 'fragments', 'space', 'backslash', 'backtick', 'percent']) expect(html).toContain(`${text}`)
    expect(messages.map((m) => `${m.line}:${m.column}`)).toEqual(['1:1', '1:21', '1:61', '1:82', '3:1', '3:40', '3:83', '3:125'])
  })

  it('should leave out an image whose URL the checkers refuse, keeping its alt text', () => {
    const {html, amp, absolute, messages} = renderBody('![a chart](https://foo.bar.%60baz/chart.png) <img src="https://x.test/a b.png" alt="raw">')
    for (const body of [html, amp, absolute]) {
      expect(body).not.toMatch(/<img|<amp-img|src=/)
      expect(body).toContain('a chart')
      expect(body).toContain('raw')
    }
    expect(messages.map((m) => m.reason)).toEqual([
      expect.stringContaining('the image is left out and its alt text stays'),
      expect.stringContaining('the image is left out and its alt text stays')
    ])
  })

  it('should keep __amp_source_origin out of every page', () => {
    const {html, amp} = renderBody('[x](https://x.test/?__amp_source_origin=https://evil.test) ![y](https://x.test/__amp_source_origin.png)')
    expect(amp).not.toContain('__amp_source_origin')
    expect(html).not.toContain('__amp_source_origin')
  })

  it('should drop a cite attribute whose URL the checkers refuse and keep the quotation', () => {
    const {html, messages} = renderBody('<blockquote cite="https://x.test/a b"><p>Quoted.</p></blockquote>')
    expect(html).toBe('<blockquote><p>Quoted.</p></blockquote>')
    expect(messages).toEqual([expect.objectContaining({line: 1, column: 1, reason: expect.stringContaining('the cite attribute is left out')})])
  })

  it('should percent-encode a footnote label a fragment cannot hold, and keep the note linked', () => {
    const {html, messages} = renderBody('Text[^a#b].\n\n[^a#b]: The note.')
    const hrefs = attributeValues(html, 'href')
    expect(hrefs).toEqual(['#user-content-fn-a%23b', '#user-content-fnref-a%23b'])
    const ids = attributeValues(html, 'id')
    for (const href of hrefs) expect(ids).toContain(decodeURIComponent(href.slice(1)))
    expect(html).toContain('aria-label="Back to reference a#b"')
    expect(messages).toEqual([])
  })

  it('should keep a footnote whose label Markdown percent-encoded linked to its note', () => {
    const {html} = renderBody('Text[^сноска].\n\n[^сноска]: The note.')
    const [call, back] = attributeValues(html, 'href')
    expect(call).toBe('#user-content-fn-%D1%81%D0%BD%D0%BE%D1%81%D0%BA%D0%B0')
    expect(attributeValues(html, 'id')).toEqual(expect.arrayContaining([call!.slice(1), back!.slice(1)]))
    expect(html).toContain('aria-label="Back to reference сноска"')
  })

  it('should keep valid URLs exactly as Markdown wrote them', () => {
    const {html} = renderBody('[a](https://пример.рф/путь?q=1#x) [b](mailto:info@example.org) [c](../up) [d](#top) <https://example.org/x>')
    expect(attributeValues(html, 'href')).toEqual([
      'https://%D0%BF%D1%80%D0%B8%D0%BC%D0%B5%D1%80.%D1%80%D1%84/%D0%BF%D1%83%D1%82%D1%8C?q=1#x',
      'mailto:info@example.org',
      '../up',
      '#top',
      'https://example.org/x'
    ])
  })
})
