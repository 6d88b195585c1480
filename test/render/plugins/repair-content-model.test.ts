import {describe, expect, it} from 'vitest'
import {renderBody} from '../render-body.ts'

describe('repairContentModel', () => {
  const cases: readonly [what: string, markdown: string, html: string][] = [
    ['a block inside a heading', '## Title <div>with a div</div>', '<h2>Title with a div</h2>'],
    ['a list item outside a list', '<li>stray item</li>', 'stray item'],
    ['text directly in a list', '<ul><b>bold</b> text<li>item</li></ul>', '<ul><li><b>bold</b> text</li><li>item</li></ul>'],
    [
      'a second figcaption',
      '<figure><figcaption>a</figcaption><img src="https://images.example.test/x.png" alt="x"><figcaption>b</figcaption></figure>',
      '<figure><figcaption>a</figcaption><img src="https://images.example.test/x.png" alt="x" loading="lazy" decoding="async">b</figure>'
    ],
    ['a summary outside details', '<summary>stray</summary>', 'stray'],
    ['details without a summary', '<details>no summary</details>', 'no summary'],
    ['a description list without terms', '<dl><dd>only a definition</dd></dl>', 'only a definition'],
    ['a time whose text is no date', '<time>soon</time>', '<p>soon</p>']
  ]
  for (const [what, markdown, html] of cases) {
    it(`should unwrap ${what}, keeping its text`, () => {
      expect(renderBody(markdown).html).toBe(html)
    })
  }

  it('should say where it repaired', () => {
    const {messages} = renderBody('Intro.\n\n## Title <div>with a div</div>')
    expect(messages).toEqual([
      expect.objectContaining({
        line: 3,
        column: 10,
        ruleId: 'MB3010',
        reason: expect.stringMatching(/^Unexpected <div> inside <h2>, expected only text-level content/)
      })
    ])
  })

  it('should leave what Markdown writes alone', () => {
    const {messages} = renderBody('# H\n\n> - [a](/x) *b* `c`\n>   1. d\n\n| t |\n|---|\n| **u** |\n\nText[^n].\n\n[^n]: Note.')
    expect(messages).toEqual([])
  })
})
