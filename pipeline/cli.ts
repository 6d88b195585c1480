import {build} from './build.ts'
import {formatDiagnostic} from './diagnostics/diagnostic.ts'

const result = await build()
for (const d of result.diagnostics) console.error(formatDiagnostic(d))
if (!result.ok) {
  console.error(`build failed: ${result.diagnostics.filter((d) => d.severity === 'error').length} error(s); dist/ was left as it was`)
  process.exit(1)
}
console.log(`built ${result.releases} releases, ${result.written} files`)
