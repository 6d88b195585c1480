// Write a seeded corpus of press releases for the benchmark:
//   node --import tsx bench/generate-corpus.ts --releases 1000 --seed 1 [--images distinct] --out bench/.corpus/1000
import {resolve} from 'node:path'
import {parseArgs} from 'node:util'
import {generateCorpus} from './corpus/generate.ts'
import {corpusImagesOf, positiveInteger} from './cli-args.ts'

const {values} = parseArgs({
  options: {
    releases: {type: 'string', default: '100'},
    seed: {type: 'string', default: '1'},
    images: {type: 'string', default: 'shared'},
    out: {type: 'string'}
  }
})

if (values.out === undefined) {
  console.error('Missing --out <dir>, expected the folder to write the corpus into')
  process.exit(2)
}
const releases = positiveInteger('--releases', values.releases)
const seed = positiveInteger('--seed', values.seed, 0)
const started = performance.now()
const images = corpusImagesOf(values.images)
const corpus = await generateCorpus({releases, seed, out: resolve(values.out), images})
console.log(`Wrote ${releases} releases × 3 languages (seed ${seed}) into ${corpus.dir} in ${((performance.now() - started) / 1000).toFixed(1)} s`)
