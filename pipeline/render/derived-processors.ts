import rehypeStringify from 'rehype-stringify'
import {unified} from 'unified'
import rehypeAmp from './amp/rehype-amp.ts'
import absoluteUrls from './plugins/absolute-urls.ts'

/*
 * Processors that run on a copy of the tree the Markdown processor produced, one per derived
 * body: no output ever parses Markdown again.
 */

/** AMP markup for the AMP page. */
export const ampProcessor = unified().use(rehypeAmp).use(rehypeStringify).freeze()

/** Every URL absolute, for feeds and partner copies. */
export const absoluteProcessor = unified().use(absoluteUrls).use(rehypeStringify).freeze()
