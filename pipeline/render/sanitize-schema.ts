import {defaultSchema, type Schema} from 'hast-util-sanitize'

/**
 * The safe subset of raw HTML that releases may use. Markdown's own output passes; from raw
 * HTML only these elements and attributes survive. Scripts, styles, iframes, objects, forms,
 * event handlers, `style` attributes and `javascript:` URLs never do.
 */
const tagNames = [
  'a',
  'abbr',
  'b',
  'blockquote',
  'br',
  'caption',
  'cite',
  'code',
  'dd',
  'del',
  'details',
  'dfn',
  'div',
  'dl',
  'dt',
  'em',
  'figcaption',
  'figure',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'i',
  'img',
  'ins',
  'kbd',
  'li',
  'mark',
  'ol',
  'p',
  'pre',
  'q',
  's',
  'samp',
  'section',
  'small',
  'span',
  'strong',
  'sub',
  'summary',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'time',
  'tr',
  'u',
  'ul',
  'var'
]

const alignment = ['className', 'align-left', 'align-center', 'align-right'] as const

export const sanitizeSchema: Schema = {
  ...defaultSchema,
  tagNames,
  // A caption is kept: unwrapped, its text would stand in the table, where no text may.
  ancestors: {...defaultSchema.ancestors, caption: ['table']},
  attributes: {
    '*': ['dir', 'lang', 'title', 'id'],
    a: ['href', 'hrefLang', 'ariaDescribedBy', 'ariaLabel', 'dataFootnoteBackref', 'dataFootnoteRef', ['className', 'data-footnote-backref']],
    abbr: ['title'],
    blockquote: ['cite'],
    code: [['className', /^language-[\w-]+$/]],
    del: ['cite', 'dateTime'],
    figure: [
      ['className', 'video-embed'],
      ['dataYoutubeId', /^[\w-]{11}$/]
    ],
    h2: [['className', 'sr-only']],
    img: ['src', 'alt', 'width', 'height'],
    ins: ['cite', 'dateTime'],
    ol: ['start', 'reversed'],
    q: ['cite'],
    section: ['dataFootnotes', ['className', 'footnotes']],
    td: ['colSpan', 'rowSpan', [...alignment]],
    th: ['colSpan', 'rowSpan', 'scope', [...alignment]],
    time: ['dateTime']
  },
  protocols: {
    href: ['http', 'https', 'mailto'],
    cite: ['http', 'https'],
    src: ['http', 'https']
  },
  required: {},
  // Removed with their content, which is code. Form controls (button, select, textarea) are
  // only unwrapped like every other element not listed: their words are the reader's.
  strip: ['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed']
}
