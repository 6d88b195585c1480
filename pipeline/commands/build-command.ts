import {relative, resolve} from 'node:path'
import {build} from '../build.ts'
import {outputFormats} from '../outputs/formats.ts'
import {describeBuild} from '../report/build-summary.ts'
import {progressReporter} from '../report/progress.ts'
import {colors, describeDiagnostic, plural} from '../report/terminal.ts'
import {buildOptionsFrom, type CommonFlags} from './common-options.ts'

/** `matbuot build`: exit status 0 when the site was written, 1 when anything stopped it. */
export async function buildCommand(flags: CommonFlags & {partnerBundle?: string}): Promise<number> {
  const options = {...buildOptionsFrom(flags), ...(flags.partnerBundle === undefined ? {} : {partnerBundle: resolve(String(flags.partnerBundle))})}
  const progress = progressReporter()
  const result = await build({...options, onProgress: progress.listener})
  progress.finish()
  // Notes (info) are for `matbuot check`; a build shows what needs doing.
  for (const d of result.diagnostics.filter((d) => d.severity !== 'info')) console.error(describeDiagnostic(d, options.root!))
  const outLabel = `${relative(options.root!, options.outDir) || '.'}/`
  if (!result.ok) {
    const errors = result.diagnostics.filter((d) => d.severity === 'error').length
    console.error(colors.red(`Build failed with ${plural(errors, 'error')}; ${outLabel} was left as it was.`))
    return 1
  }
  const warnings = result.diagnostics.filter((d) => d.severity === 'warning').length
  console.log(describeBuild(result.summary, outputFormats, outLabel, warnings, result.timeZone))
  if (options.partnerBundle) console.log(`  partner bundle (embargoed releases included): ${relative(options.root!, options.partnerBundle)}/`)
  return 0
}
