import {appendFile, readFile, writeFile} from 'node:fs/promises'

/** A change to the body: one more sentence at the end, as an editor's correction would be. */
export async function appendSentence(file: string, revision: number): Promise<void> {
  await appendFile(file, `\nThe press service added correction ${revision} to this release.\n`)
}

/** A new headline: the front matter's `title` line replaced, the rest of the file kept. */
export async function retitle(file: string, title: string): Promise<void> {
  const source = await readFile(file, 'utf8')
  const changed = source.replace(/^title: .*$/m, `title: ${JSON.stringify(title)}`)
  if (changed === source) throw new Error(`Expected a "title:" line in the front matter of ${file}`)
  await writeFile(file, changed)
}
