import {describe, expect, it} from 'vitest'
import {build} from '../../pipeline/build.ts'
import {formatDiagnostic} from '../../pipeline/diagnostics/diagnostic.ts'
import {fixtureConfig, makeSite, release, tinyPng} from '../support/site-fixture.ts'

/** Uzbek published under a three-letter prefix, which the link check once did not recognise. */
const config = fixtureConfig.replace('label: Oʻzbekcha}', 'label: Oʻzbekcha, prefix: ozb}')

describe('links to release pages under a configured prefix', () => {
  it('should report a link to a missing release of a locale whose prefix is not two letters', async () => {
    const root = await makeSite(
      {
        'content/media/logo.png': tinyPng,
        'content/2024/05/budget.uz.md': release({title: 'Byudjet'}),
        'content/2024/05/budget.en.md': release(
          {title: 'Budget'},
          'See [the Uzbek story](/ozb/2024/01/nowhere/) and [this one](/ozb/2024/05/budget/).'
        )
      },
      {config}
    )
    const result = await build({root})
    expect(result.ok).toBe(true)
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      'content/2024/05/budget.en.md:6:5 warning link to /ozb/2024/01/nowhere/ leads to no published release, expected /<locale>/<yyyy>/<mm>/<slug>/ of an existing release'
    ])
  })

  it("should report a release-shaped link under no language's prefix, and check links to AMP pages", async () => {
    const root = await makeSite(
      {
        'content/media/logo.png': tinyPng,
        'content/2024/05/budget.uz.md': release({title: 'Byudjet'}),
        'content/2024/05/budget.en.md': release(
          {title: 'Budget'},
          'See [the old URL](/uz/2024/05/budget/), [the AMP page](/ozb/2024/05/budget/amp/) and [a lost one](/ozb/2024/01/gone/amp/).'
        )
      },
      {config}
    )
    const result = await build({root})
    expect(result.ok).toBe(true)
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      "content/2024/05/budget.en.md:6:5 warning link to /uz/2024/05/budget/ leads to no page of this site: its first folder is no language's URL prefix",
      'content/2024/05/budget.en.md:6:86 warning link to /ozb/2024/01/gone/amp/ leads to no published release, expected /<locale>/<yyyy>/<mm>/<slug>/ of an existing release'
    ])
  })
})
