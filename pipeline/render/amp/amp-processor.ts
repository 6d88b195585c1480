import rehypeStringify from 'rehype-stringify'
import {unified} from 'unified'
import rehypeAmp from './rehype-amp.ts'

/** Runs on a copy of the tree the Markdown processor produced: AMP never parses Markdown. */
export const ampProcessor = unified().use(rehypeAmp).use(rehypeStringify).freeze()
