import {describe, expect, it} from 'vitest'
import {maxNesting} from '../../../pipeline/render/plugins/limit-nesting.ts'
import {renderBody} from '../render-body.ts'

const depth = (html: string) => {
  let deepest = 0
  let open = 0
  for (const [, close] of html.matchAll(/<(\/?)[a-z][^>]*>/g)) {
    open += close ? -1 : 1
    deepest = Math.max(deepest, open)
  }
  return deepest
}

describe('limitNesting', () => {
  it('should keep markup no deeper than the AMP validator can read, keeping the text', () => {
    const {html, amp, messages} = renderBody(`${'<span>'.repeat(300)}deep${'</span>'.repeat(300)}`)
    expect(depth(html)).toBe(maxNesting)
    expect(depth(amp)).toBe(maxNesting)
    expect(html).toContain('deep')
    expect(messages).toEqual([expect.objectContaining({line: 1, ruleId: 'MB3009'})])
  })

  it('should leave 60 nested quotes alone', () => {
    const {html, messages} = renderBody(`${'> '.repeat(60)}quoted`)
    expect(depth(html)).toBe(61)
    expect(messages).toEqual([])
  })
})
