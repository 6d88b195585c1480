import {describeOperation, type Operation} from './site-operations.ts'
import {formatFailure, runSequence, type Failure} from './differential.ts'

/**
 * Shrink a failing sequence to a short list of operations that still fails the same check:
 *
 *     node --import tsx test/incremental/shrink.ts <seed> <operations>
 *
 * Delta debugging over the operation list: drop chunks, halving their size, while the rest still
 * fails. Candidates compare only after their last operation (every build in between still runs),
 * and without the preview when the failure is not the preview's and does not need it.
 */
async function main(seed: number, operations: number): Promise<void> {
  const found = await runSequence({seed, operations})
  if (found.ok) {
    console.log(`seed ${seed}: all ${operations} operations matched a clean build`)
    return
  }
  console.log(formatFailure(found.failure))
  const {check} = found.failure
  const withoutPreview = check !== 'preview' && (await fails(seed, found.failure.operations, check, 0))
  const previewEvery = withoutPreview ? 0 : 1_000_000
  let list = [...found.failure.operations]
  let chunks = 2
  while (list.length > 1) {
    const size = Math.ceil(list.length / chunks)
    let shrunk = false
    for (let start = 0; start < list.length; start += size) {
      const candidate = [...list.slice(0, start), ...list.slice(start + size)]
      if (await fails(seed, candidate, check, previewEvery)) {
        list = candidate
        chunks = Math.max(chunks - 1, 2)
        shrunk = true
        console.error(`  ${list.length} operations still fail`)
        break
      }
    }
    if (!shrunk) {
      if (size === 1) break
      chunks = Math.min(list.length, chunks * 2)
    }
  }
  const final = await runSequence({seed, operations: list.length, replay: list, previewEvery: previewEvery === 0 ? 0 : 1})
  console.log(
    `\nshrunk to ${list.length} operations (seed ${seed}${withoutPreview ? ', no preview needed' : ', with the preview rebuilding after each'}):`
  )
  for (const operation of list) console.log(`  ${describeOperation(operation)}`)
  console.log(`as data:\n${JSON.stringify(list)}`)
  if (!final.ok) console.log(`\n${formatFailure(final.failure)}`)
}

async function fails(seed: number, list: readonly Operation[], check: Failure['check'], previewEvery: number): Promise<boolean> {
  const result = await runSequence({seed, operations: list.length, replay: list, previewEvery, compareOnlyAtEnd: true, keepFailedSite: false})
  return !result.ok && result.failure.check === check
}

await main(Number(process.argv[2]), Number(process.argv[3]))
