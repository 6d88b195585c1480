import {describe, expect, it} from 'vitest'
import {runCli} from '../support/run-cli.ts'
import {fixtureConfigWithCyrillic, makeSite, release, tinyPng} from '../support/site-fixture.ts'

const lifts = '2099-01-01T10:00:00+05:00'

/** Three draft files, one of them Uzbek (so with a generated uz-Cyrl version), and an embargoed Uzbek release. */
const withheldSite = () =>
  makeSite(
    {
      'content/media/logo.png': tinyPng,
      'content/2024/05/budget.en.md': release({title: 'Budget'}),
      'content/2024/05/budget.uz.md': release({title: 'Budjet', draft: true}),
      'content/2024/05/plan.en.md': release({title: 'Plan', draft: true}),
      'content/2024/05/plan.ru.md': release({title: 'План', draft: true}),
      'content/2024/06/later.uz.md': release({title: 'Keyin', date: '2024-06-01T10:00:00+05:00', embargo: lifts})
    },
    {config: fixtureConfigWithCyrillic}
  )

describe('the build summary', () => {
  it('should count draft files, not the uz-Cyrl versions generated from them', async () => {
    const {status, stdout} = runCli(['build'], await withheldSite())
    expect(status).toBe(0)
    expect(stdout).toContain('drafts left out: 3 files (publish them with --drafts in a preview)')
  })

  it('should list an embargoed uz-Cyrl version as generated from its Latin file, not as that file again', async () => {
    const {stdout} = runCli(['build'], await withheldSite())
    const embargoed = stdout.split('\n').filter((line) => line.includes('embargoed:'))
    expect(embargoed).toEqual([
      `  embargoed: content/2024/06/later.uz.md until ${lifts} (1 Jan 2099, 10:00, Asia/Tashkent)`,
      `  embargoed: uz-Cyrl (generated from content/2024/06/later.uz.md) until ${lifts} (1 Jan 2099, 10:00, Asia/Tashkent)`
    ])
  })

  it('should count the warnings it printed, in a fresh build and in one answered from the store', async () => {
    const root = await makeSite({
      'content/media/logo.png': tinyPng,
      'content/2024/05/budget.en.md': release({title: 'Budget'}, 'See [one](/en/2024/01/gone/) and [two](/en/2024/02/gone/).')
    })
    for (const run of ['fresh', 'unchanged']) {
      const {status, stdout, stderr} = runCli(['build'], root)
      expect(status, run).toBe(0)
      expect(stderr.match(/ warning /g), run).toHaveLength(2)
      expect(stdout, run).toContain('warnings: 2')
    }
  })
})

describe('the check verdict', () => {
  it('should count each release missing a language, as the table shows it, among the warnings', async () => {
    const root = await makeSite({
      'content/media/logo.png': tinyPng,
      'content/2024/05/budget.en.md': release({title: 'Budget'}),
      'content/2024/05/budget.ru.md': release({title: 'Бюджет'}),
      'content/2024/05/plan.en.md': release({title: 'Plan', updated: '2024-05-12T09:30:00+05:00'}),
      'content/2024/05/plan.ru.md': release({title: 'План'}),
      'content/2024/05/plan.uz.md': release({title: 'Reja'})
    })
    const {status, stdout, stderr} = runCli(['check'], root)
    expect(status).toBe(0)
    expect(stdout).toMatch(/^Missing translations:\nrelease +en +ru +uz\s*\n2024\/05\/budget /m)
    // Two stale translations of plan, and budget without Uzbek.
    expect(stderr.match(/ warning /g)).toHaveLength(2)
    expect(stdout.trim().split('\n').at(-1)).toBe('0 errors, 3 warnings (1 release missing a language) in 2 releases')
  })

  it('should say nothing of missing languages when every release has them all', async () => {
    const root = await makeSite({
      'content/media/logo.png': tinyPng,
      'content/2024/05/budget.en.md': release({title: 'Budget'}),
      'content/2024/05/budget.ru.md': release({title: 'Бюджет'}),
      'content/2024/05/budget.uz.md': release({title: 'Budjet'})
    })
    const {stdout} = runCli(['check'], root)
    expect(stdout.trim()).toBe('0 errors, 0 warnings in 1 release')
  })
})
