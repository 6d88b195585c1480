import {describe, expect, it} from 'vitest'
import {renderBody} from '../render-body.ts'

describe('validAttributeValues', () => {
  it('should drop each attribute value the Nu checker or AMP refuses, and say where', () => {
    const {html, messages} = renderBody(
      [
        '<p dir="sideways" lang="not a lang">a</p>',
        '',
        '<table><tr><td colspan="0" rowspan="x">b</td><th scope="bad">c</th></tr></table>',
        '',
        '<ol start="x"><li>d</li></ol>',
        '',
        '<img src="https://images.example.test/e.png" alt="e" width="-1" height="1.5">',
        '',
        '<del datetime="2024-05-10T09:30">f</del> <ins datetime="nope">g</ins>'
      ].join('\n')
    )
    expect(html).toBe(
      [
        '<p>a</p>',
        '<table><tbody><tr><td>b</td><th>c</th></tr></tbody></table>',
        '<ol><li>d</li></ol>',
        '<img src="https://images.example.test/e.png" alt="e" loading="lazy" decoding="async">',
        '<p><del>f</del> <ins>g</ins></p>'
      ].join('\n')
    )
    expect(messages.filter((m) => m.ruleId === 'MB3007').map((m) => `${m.line}:${m.column} ${m.reason.replace(/,.*/, '')}`)).toEqual([
      '1:1 Unexpected dir="sideways" on <p>',
      '1:1 Unexpected lang="not a lang" on <p>',
      '3:12 Unexpected colspan="0" on <td>',
      '3:12 Unexpected rowspan="x" on <td>',
      '3:46 Unexpected scope="bad" on <th>',
      '5:1 Unexpected start="x" on <ol>',
      '7:1 Unexpected width="-1" on <img>',
      '7:1 Unexpected height="1.5" on <img>',
      '9:1 Unexpected datetime="2024-05-10T09:30" on <del>',
      '9:42 Unexpected datetime="nope" on <ins>'
    ])
  })

  it('should keep each id once and no id with a space', () => {
    const {html} = renderBody('<span id="a">1</span><span id="a">2</span><span id="b c">3</span>')
    expect(html).toBe('<p><span id="user-content-a">1</span><span>2</span><span>3</span></p>')
  })

  it('should keep the values HTML allows', () => {
    const markdown =
      '<p dir="rtl" lang="uz-Cyrl"><time datetime="2024-05-10T09:30:00+05:00">10 May</time> <del datetime="2024-05-10">x</del> <time datetime="PT2H">two hours</time></p>'
    const {html, messages} = renderBody(markdown)
    expect(html).toBe(markdown)
    expect(messages).toEqual([])
  })

  it('should write a reversed attribute with a value as the bare attribute it means', () => {
    expect(renderBody('<ol reversed="maybe"><li>x</li></ol>').html).toBe('<ol reversed><li>x</li></ol>')
  })
})
