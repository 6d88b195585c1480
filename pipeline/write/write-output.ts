import {copyFile, mkdir, readdir, rename, rm, writeFile} from 'node:fs/promises'
import {basename, dirname, join} from 'node:path'
import type {OutputFile} from '../outputs/output-file.ts'

/**
 * The only code that writes the site to disk. Everything goes into a fresh folder beside
 * the output folder, which is swapped in only once every file is written: a build that fails
 * at any point leaves the previous output exactly as it was.
 */
export async function writeOutput(outDir: string, files: Iterable<OutputFile>, onWritten: (count: number) => void = () => {}): Promise<{written: number}> {
  await recoverInterruptedSwap(outDir)
  const staging = `${outDir}.staging-${process.pid}`
  await rm(staging, {recursive: true, force: true})
  let written = 0
  try {
    const seen = new Set<string>()
    for (const file of files) {
      if (seen.has(file.path)) throw new Error(`two outputs were written to ${file.path}`)
      seen.add(file.path)
      const target = join(staging, file.path)
      await mkdir(dirname(target), {recursive: true})
      if ('copyFrom' in file) await copyFile(file.copyFrom, target)
      else await writeFile(target, file.render())
      onWritten(++written)
    }
    await swapIn(staging, outDir)
  } catch (error) {
    await rm(staging, {recursive: true, force: true})
    throw error
  }
  return {written}
}

async function swapIn(staging: string, outDir: string): Promise<void> {
  const retired = `${outDir}.previous`
  await rm(retired, {recursive: true, force: true})
  const hadOutput = await rename(outDir, retired).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return false
      throw error
    }
  )
  await rename(staging, outDir)
  if (hadOutput) await rm(retired, {recursive: true, force: true})
}

/** A build killed between the two renames leaves only `<out>.previous`: put it back. */
async function recoverInterruptedSwap(outDir: string): Promise<void> {
  const parent = dirname(outDir)
  await mkdir(parent, {recursive: true})
  const names = await readdir(parent)
  const name = basename(outDir)
  if (!names.includes(name) && names.includes(`${name}.previous`)) await rename(`${outDir}.previous`, outDir)
  for (const stale of names.filter((n) => n.startsWith(`${name}.staging-`))) await rm(join(parent, stale), {recursive: true, force: true})
}
