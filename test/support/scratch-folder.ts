import {mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

/**
 * Every temporary site, output folder and browser profile of a test run goes into one folder,
 * removed when the run ends: a run makes hundreds of them, and nothing else would remove them.
 * `MATBUOT_KEEP_TEST_FILES=1` keeps it, to look at what a failing test left.
 */
export default async function scratchFolder(): Promise<() => Promise<void>> {
  const scratch = await mkdtemp(join(tmpdir(), 'matbuot-tests-'))
  // Read by os.tmpdir() in the test threads and in every process the tests start.
  process.env.TMPDIR = scratch
  return async () => {
    if (process.env.MATBUOT_KEEP_TEST_FILES) console.log(`Test files kept in ${scratch}`)
    else await rm(scratch, {recursive: true, force: true})
  }
}
