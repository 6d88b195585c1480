import {createHash} from 'node:crypto'
import {join, relative} from 'node:path'
import {codeFingerprint} from '../version.ts'
import {scanFolder, statOf, type InputFile} from './scan-inputs.ts'

export interface ProjectPaths {
  /** Folder of the releases and media (default: `<root>/content`). */
  readonly contentDir: string
  /** Folder of the UI strings (default: `<root>/locales`). */
  readonly localesDir: string
  /** The site config (default: `<root>/site.yaml`). */
  readonly configFile: string
}

/** The files a build reads, found by one stat pass. */
export interface ProjectScan {
  readonly sources: readonly InputFile[]
  readonly media: readonly InputFile[]
  /** Names, sizes and times of every input, with the options that shape the site: equal stamps, equal sites. */
  readonly stamp: string
  /** The same for every input but the releases' own files: the code, options, media, strings, config. */
  readonly context: string
}

/** The stat pass: every input's name, size, mtime and inode, no file read. */
export function scanProject(root: string, paths: ProjectPaths, options: unknown): ProjectScan {
  const label = labeller(root)
  const contentLabel = label(paths.contentDir)
  const sources = scanFolder(paths.contentDir, contentLabel, (name) => name.endsWith('.md'))
  const media = scanFolder(join(paths.contentDir, 'media'), `${contentLabel}/media`)
  const others = [...scanFolder(paths.localesDir, label(paths.localesDir)), ...existing(paths.configFile, label(paths.configFile))]
  const line = (file: InputFile) => `${file.label}\0${file.stat.size}:${file.stat.mtimeMs}:${file.stat.ino}\n`
  const context = createHash('sha256').update(codeFingerprint()).update(JSON.stringify(options))
  for (const file of [...media, ...others]) context.update(line(file))
  const stamp = context.copy()
  for (const file of sources) stamp.update(line(file))
  return {sources, media, stamp: stamp.digest('hex'), context: context.digest('hex')}
}

/** Paths as editors see them: from the project root, with forward slashes. */
export function labeller(root: string): (path: string) => string {
  return (path) => relative(root, path).split('\\').join('/') || '.'
}

function existing(path: string, label: string): InputFile[] {
  try {
    return [{label, absolute: path, stat: statOf(path)}]
  } catch {
    return []
  }
}
