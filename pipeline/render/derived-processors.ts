import rehypeStringify from 'rehype-stringify'
import {unified} from 'unified'
import rehypeAmp from './amp/rehype-amp.ts'
import absoluteUrls from './plugins/absolute-urls.ts'
import localizeFootnotes from './plugins/localize-footnotes.ts'
import relocalizeLinks from './plugins/relocalize-links.ts'
import transliterateText from './plugins/transliterate-text.ts'

/*
 * Processors that run on the tree the Markdown processor produced, one per derived body: no
 * output ever parses Markdown again.
 */

/** A version in another script (uz-Cyrl from uz): its text, footnote words and links. */
export const transliterationProcessor = unified().use(transliterateText).use(localizeFootnotes).use(relocalizeLinks).freeze()

/** AMP markup for the AMP page. */
export const ampProcessor = unified().use(rehypeAmp).use(rehypeStringify).freeze()

/** Every URL absolute, for feeds and partner copies. */
export const absoluteProcessor = unified().use(absoluteUrls).use(rehypeStringify).freeze()
