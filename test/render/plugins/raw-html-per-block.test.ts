import {describe, expect, it} from 'vitest'
import {renderBody} from '../render-body.ts'

const after = ['## Next section', '', 'Plain paragraph.', '', '- a list item', '', '> a quote'].join('\n')
const untouched = '<h2>Next section</h2>\n<p>Plain paragraph.</p>\n<ul>\n<li>a list item</li>\n</ul>\n<blockquote>\n<p>a quote</p>\n</blockquote>'

describe('rawHtmlPerBlock', () => {
  // Each of these once wrapped or swallowed every block after it.
  const openers: readonly [name: string, markdown: string][] = [
    ['an unclosed <b>', 'Intro <b>bold'],
    ['an unclosed <button>', 'Intro <button>press'],
    ['an unclosed <svg> with a <title>', 'Intro <svg><title>drawn'],
    ['an unclosed <table>', 'Intro <table><tr><td>cell'],
    ['an unclosed <a>', 'Intro <a href="/en/">linked'],
    ['the <b> that [a](<b>c) leaves', 'Intro [a](<b>c) text'],
    ['an HTML block left open', '<div><b>bold in a div']
  ]
  for (const [name, markdown] of openers) {
    it(`should keep ${name} from changing the blocks after it`, () => {
      const {html} = renderBody(`${markdown}\n\n${after}`)
      expect(html.endsWith(untouched)).toBe(true)
    })
  }

  it('should keep the text an unclosed <button> holds, and the text after it (regression: it was stripped)', () => {
    const {html} = renderBody('Intro <button>press\n\nAfter the button.')
    expect(html).toBe('<p>Intro press</p>\n<p>After the button.</p>')
  })

  it('should keep an unclosed <b> inside its own list item', () => {
    const {html} = renderBody('- one <b>bold\n- two\n- three')
    expect(html).toBe('<ul>\n<li>one <b>bold</b></li>\n<li>two</li>\n<li>three</li>\n</ul>')
  })

  it('should still pair tags written across one paragraph', () => {
    const {html} = renderBody(
      'Some <abbr title="Shanghai Cooperation Organisation">SCO</abbr> and <b>bold *and emphasis*</b> text\nover two <i>lines</i>.'
    )
    expect(html).toBe(
      '<p>Some <abbr title="Shanghai Cooperation Organisation">SCO</abbr> and <b>bold <em>and emphasis</em></b> text\nover two <i>lines</i>.</p>'
    )
  })

  it('should never put a paragraph inside <pre> (regression: `<pre>` then blank lines)', () => {
    const {html} = renderBody('Intro <pre>\n\ntext\n\n</pre>\n\n<div><pre>\n\nmore text\n\n</pre></div>')
    expect(html).not.toMatch(/<pre>(?:(?!<\/pre>)[\s\S])*<p>/)
    expect(html).toContain('text')
    expect(html).toContain('more text')
  })

  it('should keep a raw </table> in a cell from ending the table before its last row', () => {
    const {html} = renderBody('| h |\n|---|\n| a </table> b |\n| next |')
    expect(html).toContain('<td>a  b</td>\n</tr>\n<tr>\n<td>next</td>')
  })

  it('should keep a raw <td> from splitting a Markdown table cell', () => {
    const {html} = renderBody('| a | b |\n|---|---|\n| 1 <td>x</td> | 2 |')
    expect(html).toContain('<tr>\n<td>1 x</td>\n<td>2</td>\n</tr>')
  })

  it('should keep an element that wraps Markdown in later blocks to its own block', () => {
    const {html} = renderBody('<details><summary>More</summary>\n\nHidden text.\n\n</details>')
    expect(html).toBe('<details><summary>More</summary></details>\n<p>Hidden text.</p>\n')
  })
})
