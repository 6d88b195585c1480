import {relative} from 'node:path'
import {LOCALES, isLocale, type Locale} from '../config/locales.ts'
import {loadSiteConfig} from '../validate/read-site-config.ts'
import {resolvePaths} from '../build.ts'
import {catalog} from '../diagnostics/catalog.ts'
import {problem} from '../diagnostics/catalog-entry.ts'
import {colors, describeDiagnostic} from '../report/terminal.ts'
import {UsageError} from './common-options.ts'
import {requireProject} from './project-folders.ts'
import {newRelease} from './new-release.ts'

/** `matbuot new --title …`: write a new release's files and print their paths. */
export async function newCommand(flags: {title?: string; locales?: string; date?: string; now?: string}): Promise<number> {
  if (typeof flags.title !== 'string' || flags.title.trim() === '')
    throw new UsageError(problem(catalog.invalidOption, '--title', 'expected the release title, e.g. matbuot new --title "Budget 2027 approved"'))
  const paths = resolvePaths({})
  // A missing content/ is made: `new` may write a site's first release.
  await requireProject(paths, ['config'])
  const {config, problems} = await loadSiteConfig(paths.configFile, relative(paths.root, paths.configFile))
  if (!config) {
    for (const p of problems) console.error(describeDiagnostic(p, paths.root))
    return 1
  }
  // Generated languages (uz-Cyrl) are written only when asked for: they normally come from their source.
  const written = config.locales.filter((l) => l.transliterateFrom === undefined).map((l) => l.code)
  const locales = String(flags.locales ?? written.join(','))
    .split(',')
    .map((l) => l.trim())
  const unknown = locales.filter((l) => !isLocale(l))
  if (unknown.length > 0)
    throw new UsageError(
      problem(catalog.invalidOption, '--locales', `unknown locale ${unknown.join(', ')}, expected a list of ${LOCALES.join(', ')}`)
    )
  const result = await newRelease({
    contentDir: paths.contentDir,
    contentLabel: relative(paths.root, paths.contentDir) || 'content',
    title: flags.title,
    locales: locales as Locale[],
    ...(flags.date === undefined ? {} : {date: String(flags.date)}),
    now: flags.now === undefined ? new Date() : new Date(String(flags.now)),
    timeZone: config.timeZone
  })
  if (!result.ok) {
    console.error(colors.red(result.error))
    return 1
  }
  for (const path of result.paths) console.log(path)
  return 0
}
