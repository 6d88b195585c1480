import {hostileCorpus, hostileCorpusNow, hostileCorpusRemoteImageHosts} from '../fixtures/hostile-corpus.ts'
import {checkWithConsumers} from './check-with-consumers.ts'

// Every output of the hostile corpus, read by the program that reads it in the wild.
checkWithConsumers({name: 'hostile', files: hostileCorpus, now: hostileCorpusNow, remoteImageHosts: hostileCorpusRemoteImageHosts})
