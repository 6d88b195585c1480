import {relative, resolve} from 'node:path'
import {build, resolvePaths} from '../build.ts'
import {outputFormats} from '../outputs/formats.ts'
import {describeBuild} from '../report/build-summary.ts'
import {progressReporter} from '../report/progress.ts'
import {colors, describeDiagnostic, plural} from '../report/terminal.ts'
import {checkOutputFolder} from '../write/output-folder.ts'
import {buildOptionsFrom, pathOption, type CommonFlags} from './common-options.ts'
import {protectedFolders, requireProject} from './project-folders.ts'
import {publishToHubs} from './websub-publish.ts'

/** The shared options a build uses: all of them. */
export const buildCommandOptions = ['out', 'baseUrl', 'drafts', 'now', 'jobs', 'cache'] as const satisfies readonly (keyof CommonFlags)[]

/**
 * `matbuot build`: exit status 0 when the site was written, 1 when anything in the content stopped
 * it, 2 when the project or an output folder is not one it may work in.
 */
export async function buildCommand(
  flags: Pick<CommonFlags, (typeof buildCommandOptions)[number]> & {partnerBundle?: string | number | readonly string[]; notify?: boolean}
): Promise<number> {
  const out = pathOption('--out', flags.out)
  const partnerBundle = pathOption('--partner-bundle', flags.partnerBundle)
  const options = {...buildOptionsFrom(flags), ...(partnerBundle === undefined ? {} : {partnerBundle: resolve(partnerBundle)})}
  const paths = resolvePaths(options)
  await requireProject(paths)
  // Refused before anything is rendered, so a mistyped --out costs nothing and destroys nothing.
  const protect = protectedFolders(paths)
  await checkOutputFolder(options.outDir, {label: out === undefined ? 'dist (the default --out)' : `--out ${out}`, protect, root: paths.root})
  if (options.partnerBundle) {
    // It holds embargoed releases: never inside the public site, nor around it.
    const site = {path: options.outDir, role: 'the public site', noneInside: true}
    await checkOutputFolder(options.partnerBundle, {label: `--partner-bundle ${partnerBundle}`, protect: [...protect, site], root: paths.root})
  }

  const progress = progressReporter()
  const result = await build({...options, onProgress: progress.listener}).finally(() => progress.finish())
  // Notes (info) are for `matbuot check`; a build shows what needs doing, and counts what it shows.
  const shown = result.diagnostics.filter((d) => d.severity !== 'info')
  for (const d of shown) console.error(describeDiagnostic(d, options.root!))
  const outLabel = `${relative(options.root!, options.outDir) || '.'}/`
  if (!result.ok) {
    const errors = shown.filter((d) => d.severity === 'error').length
    console.error(colors.red(`Build failed with ${plural(errors, 'error')}; ${outLabel} was left as it was.`))
    return 1
  }
  const warnings = shown.filter((d) => d.severity === 'warning').length
  console.log(describeBuild(result.summary, outputFormats, outLabel, warnings, result.timeZone))
  if (options.partnerBundle) console.log(`  partner bundle (embargoed releases included): ${relative(options.root!, options.partnerBundle)}/`)
  if (flags.notify === true || result.websub.notifyAlways) await tellHubs(result.websub.hubs, result.summary.changedFeeds)
  return 0
}

/** After a build that changed feeds: the WebSub hubs are told, and a hub that cannot be is a warning, not a failure. */
async function tellHubs(hubs: readonly string[], feeds: readonly string[]): Promise<void> {
  if (hubs.length === 0) {
    console.error(colors.yellow('warning: nothing to notify: site.yaml names no WebSub hubs (hubs: [...])'))
    return
  }
  if (feeds.length === 0) {
    console.log('  hubs not notified: no feed changed')
    return
  }
  const {notified, problems} = await publishToHubs(hubs, feeds)
  for (const problem of problems) console.error(colors.yellow(`warning: ${problem}`))
  console.log(
    `  notified ${plural(hubs.length, 'WebSub hub')} of ${plural(feeds.length, 'changed feed')} (${notified} of ${hubs.length * feeds.length} pings taken)`
  )
}
