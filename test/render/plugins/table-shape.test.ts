import {describe, expect, it} from 'vitest'
import {renderBody} from '../render-body.ts'

describe('tableShape', () => {
  it('should shrink a colspan over columns where no cell begins', () => {
    const {html, messages} = renderBody('<table><tr><td colspan="3">wide</td></tr><tr><td>a</td><td colspan="2">b</td></tr></table>')
    expect(html).toBe('<table><tbody><tr><td colspan="2">wide</td></tr><tr><td>a</td><td>b</td></tr></tbody></table>')
    expect(messages.map((m) => m.ruleId)).toEqual(['MB3013', 'MB3013'])
  })

  it('should end a rowspan at the last row of its section', () => {
    expect(renderBody('<table><tr><td rowspan="3">tall</td><td>b</td></tr><tr><td>c</td></tr></table>').html).toBe(
      '<table><tbody><tr><td rowspan="2">tall</td><td>b</td></tr><tr><td>c</td></tr></tbody></table>'
    )
  })

  it('should leave out a row without cells', () => {
    expect(renderBody('<table><tr></tr><tr><td>x</td></tr></table>').html).toBe('<table><tbody><tr><td>x</td></tr></tbody></table>')
  })

  it('should leave a table whose spans fit alone', () => {
    const markdown = '<table><tr><th colspan="2">both</th></tr><tr><td rowspan="2">a</td><td>b</td></tr><tr><td>c</td></tr></table>'
    const {html, messages} = renderBody(markdown)
    expect(html).toBe(markdown.replace('<table>', '<table><tbody>').replace('</table>', '</tbody></table>'))
    expect(messages).toEqual([])
  })
})
