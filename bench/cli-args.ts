import type {CorpusImages} from './corpus/generate.ts'

/** A whole number from a command-line option, or exit with a message saying what was expected. */
export function positiveInteger(name: string, value: string, min = 1): number {
  const number = Number(value)
  if (!Number.isInteger(number) || number < min) {
    console.error(`${name}: expected a whole number of at least ${min}, got "${value}"`)
    process.exit(2)
  }
  return number
}

/** A comma-separated list of whole numbers, e.g. `--sizes 1000,4000`. */
export function integerList(name: string, value: string): number[] {
  return value.split(',').map((part) => positiveInteger(name, part.trim()))
}

/** `--images shared` (the repo's images) or `distinct` (one generated image per release). */
export function corpusImagesOf(value: string): CorpusImages {
  if (value === 'shared' || value === 'distinct') return value
  console.error(`--images: expected shared or distinct, got "${value}"`)
  process.exit(2)
}
