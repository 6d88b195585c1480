import {markdownCorpus, markdownCorpusNow, markdownCorpusRemoteImageHosts} from '../fixtures/markdown-corpus.ts'
import {checkWithConsumers} from './check-with-consumers.ts'

// Every output of the Markdown corpus (all of CommonMark and GFM), read by the program that reads it.
checkWithConsumers({name: 'Markdown', files: markdownCorpus, now: markdownCorpusNow, remoteImageHosts: markdownCorpusRemoteImageHosts})
