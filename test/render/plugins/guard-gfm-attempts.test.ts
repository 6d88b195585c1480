import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import guardGfmAttempts from '../../../pipeline/render/plugins/guard-gfm-attempts.ts'
import {renderBody} from '../render-body.ts'

// remark-gfm as it comes, and with the plugin: every tree, position included, must be the same.
const gfm = unified().use(remarkParse).use(remarkGfm).freeze()
const guarded = unified().use(remarkParse).use(remarkGfm).use(guardGfmAttempts).freeze()

/** Documents where literal autolinks and tables are found, or must not be, in the ways GFM allows. */
const documents = [
  'Contact press@dunyo.uz for accreditation.',
  'Write to (press@dunyo.uz), to *press@dunyo.uz* or to _press@dunyo.uz_.',
  'Two addresses: a.b-c+d@example.org,x_y@example.co.uz.',
  'No link at the end of a word: contact@example.org- or a@b',
  'Inside a word: foo/press@dunyo.uz and foopress@dunyo.uz',
  'A reference: press&#64;dunyo.uz and press&commat;dunyo.uz',
  'Escaped: press\\@dunyo.uz',
  '[A link with press@dunyo.uz inside](https://dunyo.uz) and [unbalanced press@dunyo.uz',
  '`press@dunyo.uz` in code',
  '| Contact | Address |\n| - | - |\n| Press | press@dunyo.uz |',
  '> Quoted\n> press@dunyo.uz\n\n- listed press@dunyo.uz',
  'See www.dunyo.uz/en, https://dunyo.uz/ru, HTTPS://dunyo.uz/uz and h&#116;tp://dunyo.uz/x here.',
  'mailto:press@dunyo.uz and xmpp:desk@dunyo.uz/newsroom',
  '\uFEFFpress@dunyo.uz opens the file after a byte order mark.',
  'Windows line ends\r\npress@dunyo.uz\r\n\tand a tab\tdesk@dunyo.uz',
  'Uzbek: Matbuot xizmati: matbuot@dunyo.uz, oʻzbek tilida.',
  'Русский текст: пресс-служба press@dunyo.uz.',
  'Prose first.\n\n| Region | Share |\n| :-- | --: |\n| Tashkent | 41% |\nlazy row\n\nAfter the table.',
  '> | In | a quote |\n> | - | - |\n> | 1 | 2 |',
  '- | In | a list |\n  |----|:-:|\n  | 1 | 2 |',
  'Not a table\n---\n\n| one | line |\n\n***\n\n- - -',
  '\uFEFF| a |\n| - |'
]

/** A seeded run of documents made of the pieces that matter to autolinks, so the test is the same each time. */
function* randomDocuments(count: number): Generator<string> {
  const pieces = [
    '\n| - | - |\n',
    '\n> | - |',
    '\n  |:-:|',
    ' | ',
    '---',
    'a',
    'x1',
    '@',
    '.',
    '_',
    '-',
    '+',
    ' ',
    '\n',
    '\n\n',
    '*',
    '[',
    ']',
    '(',
    ')',
    '/',
    'www.',
    'http://',
    ':',
    '\\',
    '&#64;',
    '`',
    '|',
    '> ',
    '\t',
    'ex.com',
    'a@b.co',
    'W',
    'H',
    '<a@b.c>',
    '[x](y)',
    'é'
  ]
  let seed = 1
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
  for (let n = 0; n < count; n++) {
    let document = ''
    const length = 1 + Math.floor(next() * 30)
    for (let i = 0; i < length; i++) document += pieces[Math.floor(next() * pieces.length)]
    yield document
  }
}

describe('GFM constructs tried only where they can be', () => {
  it('parses every document to the tree remark-gfm makes, positions included', () => {
    for (const document of [...documents, ...randomDocuments(3000)]) {
      expect(guarded.parse(document), JSON.stringify(document)).toEqual(gfm.parse(document))
    }
  })

  it('still makes every table a release writes', () => {
    const {html} = renderBody(documents.slice(-5, -1).join('\n\n'))
    expect(html.match(/<table>/g)).toHaveLength(3)
    expect(html).toContain('<td class="align-right">41%</td>')
    expect(html).toContain('<td class="align-left">lazy row</td>')
    // Offsets in a document that opens with a byte order mark start after it.
    expect(renderBody(documents.at(-1)!).html).toContain('<table>')
  })

  it('still links every literal email, URL and www. address a release writes', () => {
    const {html} = renderBody(documents.join('\n\n'))
    const links = [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1])
    expect(links).toEqual(
      expect.arrayContaining([
        'mailto:press@dunyo.uz',
        'mailto:a.b-c+d@example.org',
        'mailto:x_y@example.co.uz',
        'mailto:matbuot@dunyo.uz',
        'http://www.dunyo.uz/en',
        'https://dunyo.uz/ru',
        'http://dunyo.uz/x',
        'mailto:desk@dunyo.uz'
      ])
    )
    // A word with a slash before it is no email, and code is code.
    expect(html).not.toContain('mailto:foo/press')
    expect(html).toContain('<code>press@dunyo.uz</code>')
  })
})
