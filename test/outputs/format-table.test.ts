import {describe, expect, it} from 'vitest'
import {prepareSite, siteOutputs} from '../../pipeline/build.ts'
import {mediaTypeOf} from '../../pipeline/config/media-types.ts'
import {formatTable, linkedFeeds} from '../../pipeline/outputs/format-table.ts'
import {fixtureConfigWithCyrillic, makeSite, release, tinyPng} from '../support/site-fixture.ts'

describe('the table of output formats', () => {
  it('should link every feed of the table from the head, in table order', () => {
    expect(linkedFeeds.map((feed) => feed.name)).toEqual(formatTable.filter((format) => format.group === 'feeds').map((format) => format.name))
  })

  it('should give each format the type its files have by extension, but for feeds, which say what they are', async () => {
    const root = await makeSite(
      {
        'content/media/logo.png': tinyPng,
        'content/2024/05/budget.en.md': release({tags: ['economy']}),
        'content/2024/05/budget.uz.md': release({tags: ['economy']})
      },
      // Search on, so that every format of the table makes files.
      {config: `${fixtureConfigWithCyrillic}search: true\n`}
    )
    const prepared = await prepareSite({root, jobs: 1, now: new Date('2024-06-01T00:00:00Z')})
    if (!prepared.ok) throw new Error(JSON.stringify(prepared.diagnostics))
    const seen = new Set<string>()
    for await (const {format, file} of siteOutputs(prepared.model)) {
      seen.add(format.name)
      if (format.mediaType !== undefined && format.group !== 'feeds')
        expect(`${file.path}: ${mediaTypeOf(file.path)}`).toBe(`${file.path}: ${format.mediaType}`)
    }
    expect([...seen].sort()).toEqual(formatTable.map((format) => format.name).sort())
  })
})
