import {existsSync, mkdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync} from 'node:fs'
import {dirname} from 'node:path'
import {fileURLToPath} from 'node:url'

/** A stylesheet every page and AMP page uses: a change to it is a change to Matbuot's templates. */
export const templateFile = fileURLToPath(new URL('../../pipeline/outputs/assets/site.css', import.meta.url))
/** The original, kept while it is edited: if the bench is killed outright, the next run puts it back. */
const backupFile = fileURLToPath(new URL('../.corpus/template-backup.json', import.meta.url))

interface Backup {
  readonly path: string
  readonly content: string
  readonly atimeMs: number
  readonly mtimeMs: number
}

/** Which file is edited, and where its original is kept meanwhile (default: the site's stylesheet, in bench/.corpus/). */
export interface TemplateFiles {
  readonly file: string
  readonly backup: string
}

const defaults: TemplateFiles = {file: templateFile, backup: backupFile}

/** Put back a template an earlier run was killed while editing; says which, if there was one. */
export function restoreLeftoverTemplate(files: Readonly<TemplateFiles> = defaults): string | undefined {
  if (!existsSync(files.backup)) return undefined
  const backup = JSON.parse(readFileSync(files.backup, 'utf8')) as Backup
  restore(backup, files.backup)
  return backup.path
}

/**
 * Run `measure` with `edit(revision)` appending a harmless comment to the template (a different
 * one each revision, always on the original), and put the original back afterwards, bytes and
 * times, whatever happens: on an error, on Ctrl-C or a kill, and after a crash on the next run.
 */
export async function withTemplateEdits<T>(
  measure: (edit: (revision: number) => void) => Promise<T>,
  files: Readonly<TemplateFiles> = defaults
): Promise<T> {
  const {atimeMs, mtimeMs} = statSync(files.file)
  const backup: Backup = {path: files.file, content: readFileSync(files.file, 'utf8'), atimeMs, mtimeMs}
  mkdirSync(dirname(files.backup), {recursive: true})
  writeFileSync(files.backup, JSON.stringify(backup))
  const original = backup.content.endsWith('\n') ? backup.content : `${backup.content}\n`
  const onSignal = (signal: NodeJS.Signals) => {
    restore(backup, files.backup)
    process.kill(process.pid, signal)
  }
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)
  try {
    return await measure((revision) => writeFileSync(files.file, `${original}/* bench: template change ${revision} */\n`))
  } finally {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
    restore(backup, files.backup)
  }
}

function restore(backup: Backup, backupPath: string): void {
  writeFileSync(backup.path, backup.content)
  utimesSync(backup.path, backup.atimeMs / 1000, backup.mtimeMs / 1000)
  rmSync(backupPath, {force: true})
}
