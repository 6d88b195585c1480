import type {Element, Root, Text} from 'hast'
import {SKIP, visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import type {TransliterationDictionary} from '../../localize/transliteration-dictionary.ts'
import {transliterateUzbek} from '../../localize/transliterate-uzbek.ts'

/** Elements whose text is not Uzbek prose: code and what a computer prints or is told. */
const notProse = new Set(['code', 'pre', 'kbd', 'samp', 'var', 'script', 'style'])
/** Attributes that readers read, unlike URLs, ids and classes, which must stay as they are. */
const proseAttributes = ['alt', 'title'] as const

/**
 * Write a generated Cyrillic version's text in Cyrillic, text node by text node, so markup,
 * links and images survive. Code, and anything marked as another language (`lang="en"`), is
 * left as written.
 */
export default function transliterateText() {
  return (tree: Root, file: VFile) => {
    const dictionary = file.data.transliteration
    if (!dictionary) return
    visit(tree, (node) => {
      if (node.type === 'element') {
        const element = node as Element
        if (notProse.has(element.tagName) || isForeign(element)) return SKIP
        for (const name of proseAttributes) {
          const value = element.properties[name]
          if (typeof value === 'string') element.properties[name] = transliterateUzbek(value, dictionary)
        }
      } else if (node.type === 'text') {
        ;(node as Text).value = transliterateUzbek((node as Text).value, dictionary)
      }
      return undefined
    })
  }
}

function isForeign(element: Element): boolean {
  const lang = element.properties.lang
  return typeof lang === 'string' && lang !== '' && !/^uz(?:-|$)/i.test(lang)
}

declare module 'vfile' {
  interface DataMap {
    /** Set when the file's text is to be written in Cyrillic from its Latin source. */
    transliteration: TransliterationDictionary
  }
}
