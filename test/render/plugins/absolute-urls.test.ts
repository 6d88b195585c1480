import type {Root} from 'hast'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {absoluteProcessor} from '../../../pipeline/render/derived-processors.ts'

describe('absoluteUrls', () => {
  it('should drop a URL that does not resolve rather than throw (regression: one link stopped the build)', () => {
    const tree: Root = {
      type: 'root',
      children: [
        {type: 'element', tagName: 'a', properties: {href: 'https://'}, children: [{type: 'text', value: 'link'}]},
        {type: 'element', tagName: 'a', properties: {href: '/en/'}, children: []}
      ]
    }
    const file = new VFile({data: {pageUrl: 'https://news.test/en/2024/05/x/'}})
    expect(absoluteProcessor.stringify(absoluteProcessor.runSync(tree, file) as Root)).toBe('<a>link</a><a href="https://news.test/en/"></a>')
  })
})
