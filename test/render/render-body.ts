import type {Root} from 'hast'
import {VFile} from 'vfile'
import type {MediaIndex} from '../../pipeline/load/media-index.ts'
import {absoluteProcessor, ampProcessor} from '../../pipeline/render/derived-processors.ts'
import {markdownProcessor} from '../../pipeline/render/markdown-processor.ts'

export const pageUrl = 'https://news.test/en/2024/05/x/'
const footnoteLabels = {label: 'Notes', backLabel: (reference: string) => `Back to reference ${reference}`}

/** What a test reads of one message: where it points and what it says. */
export interface Message {
  readonly reason: string
  readonly line: number | undefined
  readonly column: number | undefined
  readonly ruleId: string | undefined
  readonly fatal: boolean | null | undefined
}

/**
 * One release body through the Markdown processor, then its AMP and absolute variants, the way
 * a render derives them: the page, AMP and feed bodies and every message, body-relative.
 */
export function renderBody(markdown: string, media: MediaIndex = {}) {
  const file = new VFile({path: 'content/2024/05/x.en.md', value: markdown, data: {media, footnoteLabels}})
  const tree = markdownProcessor.runSync(markdownProcessor.parse(file), file) as Root
  const html = markdownProcessor.stringify(tree)
  const ampFile = new VFile({path: file.path})
  const amp = ampProcessor.stringify(ampProcessor.runSync(structuredClone(tree), ampFile) as Root)
  const absolute = absoluteProcessor.stringify(absoluteProcessor.runSync(tree, new VFile({path: file.path, data: {pageUrl}})) as Root)
  const messages: Message[] = [...file.messages, ...ampFile.messages].map((m) => ({
    reason: m.reason,
    line: m.line,
    column: m.column,
    ruleId: m.ruleId,
    fatal: m.fatal
  }))
  return {html, amp, absolute, messages}
}

/** Every value of one attribute in some HTML, in order. */
export function attributeValues(html: string, name: string): string[] {
  return [...html.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g'))].map((match) => match[1]!.replaceAll('&#x26;', '&').replaceAll('&amp;', '&'))
}
