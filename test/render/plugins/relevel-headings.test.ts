import {describe, expect, it} from 'vitest'
import {renderBody} from '../render-body.ts'

const levels = (html: string) => [...html.matchAll(/<h(\d)[ >]/g)].map((match) => Number(match[1]))

describe('relevelHeadings', () => {
  it('should start the body’s outline at h2 under the page’s h1', () => {
    expect(levels(renderBody('### Three\n\ntext').html)).toEqual([2])
    expect(levels(renderBody('##### Five\n\ntext').html)).toEqual([2])
  })

  it('should make a body `#` an h2 and never skip a level below it (regression: `#` then `####`)', () => {
    const {html} = renderBody('# Top\n\n#### Deep\n\n# Top again\n\n### Less deep')
    expect(html).toBe('<h2>Top</h2>\n<h3>Deep</h3>\n<h2>Top again</h2>\n<h3>Less deep</h3>')
  })

  it('should keep an outline that already starts at h2 and skips nothing', () => {
    const markdown = '## A\n\n### A.1\n\n#### A.1.a\n\n## B\n\n### B.1'
    expect(levels(renderBody(markdown).html)).toEqual([2, 3, 4, 2, 3])
  })

  it('should count headings written in raw HTML, and leave the notes heading an h2', () => {
    const {html} = renderBody('<h5>Raw five</h5>\n\n###### Six\n\nText[^1].\n\n[^1]: A note.')
    expect(levels(html)).toEqual([2, 3, 2])
    expect(html).toContain('<h2 class="sr-only" id="user-content-footnote-label">Notes</h2>')
  })

  it('should nest a heading under the nearest shallower one, however the levels jump', () => {
    expect(levels(renderBody('## a\n\n###### b\n\n#### c\n\n### d\n\n## e').html)).toEqual([2, 3, 3, 3, 2])
  })
})
