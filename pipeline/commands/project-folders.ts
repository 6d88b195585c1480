import {stat} from 'node:fs/promises'
import type {ProjectPaths} from '../build.ts'
import {shownPath} from '../write/file-system-error.ts'
import type {ProtectedFolder} from '../write/output-folder.ts'

/** The working folder is not a Matbuot site, or lacks a part of one. */
export class ProjectNotFound extends Error {
  override readonly name = 'ProjectNotFound'
}

const hint = 'run matbuot in the folder that holds site.yaml, content/ and locales/'

/** Refuse to start without the site config and the content folder, before anything is read. */
export async function requireProject(
  paths: ProjectPaths & {root: string},
  parts: readonly ('config' | 'content')[] = ['config', 'content']
): Promise<void> {
  const wanted = {
    config: {path: paths.configFile, folder: false, what: 'the site config'},
    content: {path: paths.contentDir, folder: true, what: 'the folder of the releases'}
  }
  for (const part of parts) {
    const {path, folder, what} = wanted[part]
    const info = await stat(path).catch(() => undefined)
    const shown = shownPath(path, paths.root)
    if (!info) throw new ProjectNotFound(`${shown}: not found, expected ${what} here; ${hint}`)
    if (info.isDirectory() !== folder) throw new ProjectNotFound(`${shown}: is a ${folder ? 'file' : 'folder'}, expected ${what}`)
  }
}

/** What no output folder may replace or hold: the project, its releases and its strings. */
export function protectedFolders(paths: ProjectPaths & {root: string}): ProtectedFolder[] {
  return [
    {path: paths.root, role: 'the project folder', noneInside: false},
    {path: paths.contentDir, role: 'the folder of the releases', noneInside: true},
    {path: paths.localesDir, role: 'the folder of the UI strings', noneInside: true}
  ]
}
