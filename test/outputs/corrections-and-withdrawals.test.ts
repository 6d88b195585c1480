import {readFile, rm, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {build, prepareSite} from '../../pipeline/build.ts'
import {searchRecords} from '../../pipeline/outputs/search/search-records.ts'
import {validateAmp} from '../support/amp-validator.ts'
import {feedValidatorTextFindings, readWithFeedparser, xmlWellFormednessErrors} from '../support/feed-readers.ts'
import {at, childrenNamed, newsmlSchemaErrors, readNewsml, textOf} from '../support/newsml.ts'
import {ninjsValidator} from '../support/ninjs-schema.ts'
import {nuCheck} from '../support/nu-checker.ts'
import {runCli} from '../support/run-cli.ts'
import {fixtureConfigWithCyrillic, makeSite, release, tinyPng} from '../support/site-fixture.ts'

const now = new Date('2024-05-14T00:00:00+05:00')
const date = '2024-05-10T09:30:00+05:00'
const recalledDate = '2024-05-12T09:30:00+05:00'
const withdrawnAt = '2024-05-13T08:00:00+05:00'
const image = {src: '/media/photo.png', alt: 'The minister'}

/**
 * A corrected release (two corrections in English, one of them in Russian, none in Uzbek), one
 * withdrawn in every language, one withdrawn in Russian only, each note and reason with text that
 * looks like markup.
 */
function files(): Record<string, string | Uint8Array> {
  return {
    'content/media/logo.png': tinyPng,
    'content/media/photo.png': tinyPng,
    'content/2024/05/budget.en.md': release(
      {
        title: 'Budget approved',
        date,
        tags: ['economy'],
        image,
        corrections: [
          {date: '2024-05-12T10:00:00+05:00', note: 'The deficit is 3%, not <b>5%</b>.'},
          {date: '2024-05-11T10:00:00+05:00', note: 'The minister’s name is spelt Karimov.'}
        ]
      },
      'The budget body.'
    ),
    'content/2024/05/budget.ru.md': release(
      {title: 'Бюджет утверждён', date, tags: ['economy'], corrections: [{date: '2024-05-11T10:00:00+05:00', note: 'Фамилия министра — Каримов.'}]},
      'Текст о бюджете.'
    ),
    'content/2024/05/budget.uz.md': release({title: 'Byudjet tasdiqlandi', date, tags: ['economy']}, 'Byudjet matni.'),
    ...Object.fromEntries(
      (
        [
          ['en', 'Recalled story', 'A court order & <i>more</i>'],
          ['ru', 'Отозванная новость', 'Решение суда'],
          ['uz', 'Qaytarilgan xabar', 'Sud qarori']
        ] as const
      ).map(([locale, title, reason]) => [
        `content/2024/05/recall.${locale}.md`,
        release({title, date: recalledDate, tags: ['economy'], image, withdrawn: {date: withdrawnAt, reason}}, 'SECRET BODY TEXT')
      ])
    ),
    'content/2024/05/mistranslated.en.md': release({title: 'Trade figures', date: '2024-05-09T09:30:00+05:00', tags: ['economy']}, 'Trade body.'),
    'content/2024/05/mistranslated.ru.md': release(
      {title: 'Торговля', date: '2024-05-09T09:30:00+05:00', tags: ['economy'], withdrawn: {date: withdrawnAt, reason: 'Ошибка перевода'}},
      'ОШИБОЧНЫЙ ТЕКСТ'
    )
  }
}

let root: string
const read = (path: string) => readFile(join(root, 'dist', path), 'utf8')
const json = async (path: string) => JSON.parse(await read(path)) as Record<string, unknown>

beforeAll(async () => {
  root = await makeSite(files(), {config: fixtureConfigWithCyrillic})
  const result = await build({root, now})
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics))
})

describe('a corrected release', () => {
  it('should show each correction, dated and oldest first, under a heading in the reader’s language, on the article and AMP pages', async () => {
    for (const path of ['en/2024/05/budget/index.html', 'en/2024/05/budget/amp/index.html']) {
      const page = await read(path)
      expect(page).toContain(
        '<section class="corrections"><h2>Corrections</h2><ul><li><time datetime="2024-05-11T10:00:00+05:00">11 May 2024, 10:00, Tashkent time</time>: The minister’s name is spelt Karimov.</li><li><time datetime="2024-05-12T10:00:00+05:00">12 May 2024, 10:00, Tashkent time</time>: The deficit is 3%, not &#x3C;b>5%&#x3C;/b>.</li></ul></section>'
      )
    }
    expect(await read('ru/2024/05/budget/index.html')).toContain('<h2>Исправление</h2>')
    expect(await read('uz/2024/05/budget/index.html')).not.toContain('class="corrections"')
  })

  it('should move `updated` to the latest correction', async () => {
    const page = await read('en/2024/05/budget/index.html')
    expect(page).toContain('<meta property="article:modified_time" content="2024-05-12T10:00:00+05:00">')
    expect(page).toContain('"dateModified":"2024-05-12T10:00:00+05:00"')
    expect(await read('en/sitemap.xml')).toMatch(/budget\/<\/loc>\s*<lastmod>2024-05-12T10:00:00\+05:00<\/lastmod>/)
  })

  it('should re-date its feed entries and carry the corrections in them', async () => {
    const atom = await read('en/atom.xml')
    expect(atom).toMatch(/<id>https:\/\/news\.test\/en\/2024\/05\/budget\/<\/id>[\s\S]*?<updated>2024-05-12T05:00:00\.000Z<\/updated>/)
    const feed = (await json('en/feed.json')) as {items: {id: string; date_modified: string; content_html: string}[]}
    const item = feed.items.find((i) => i.id.endsWith('/budget/'))!
    expect(item.date_modified).toBe('2024-05-12T05:00:00.000Z')
    expect(item.content_html).toMatch(/^<section class="corrections">/)
    const rss = readWithFeedparser(join(root, 'dist/en/rss.xml')).entries.find((e) => e.id.endsWith('/budget/'))!
    expect(rss.updated).toBe('2024-05-12T05:00:00Z')
    expect(rss.published).toBe('2024-05-10T04:30:00Z')
    // The note stays text: its markup reaches the reader escaped.
    expect(rss.content).toContain('The deficit is 3%, not &#x3c;b>5%&#x3c;/b>.</li></ul></section>')
  })

  it('should raise the ninjs version once per correction and give partners the notes', async () => {
    const item = await json('syndication/en/2024/05/budget.json')
    expect(item).toMatchObject({version: '3', versionCreated: '2024-05-12T10:00:00+05:00', pubStatus: 'usable'})
    expect(item.edNote).toBe(
      'Correction 2024-05-11T10:00:00+05:00: The minister’s name is spelt Karimov.\nCorrection 2024-05-12T10:00:00+05:00: The deficit is 3%, not <b>5%</b>.'
    )
    expect(await json('syndication/uz/2024/05/budget.json')).toMatchObject({version: '1', versionCreated: date})
    const partner = await read('syndication/en/2024/05/budget.html')
    expect(partner).toContain('<h2>Corrections</h2>')
    expect(partner).toContain('12 May 2024, 10:00</time>: The deficit is 3%, not &#x3C;b>5%&#x3C;/b>.')
    const index = (await json('syndication/en/index.json')) as {items: {uri: string}[]}
    expect(index.items.find((i) => i.uri.endsWith('/budget.json'))).toMatchObject({version: '3', versionCreated: '2024-05-12T10:00:00+05:00'})
  })

  it('should be a new NewsML-G2 version with an edNote per correction', async () => {
    const item = readNewsml(await read('syndication/en/2024/05/budget.xml'))
    expect(item.attributes?.version).toBe('3')
    expect(textOf(at(item, 'itemMeta/versionCreated'))).toBe('2024-05-12T10:00:00+05:00')
    expect(at(item, 'itemMeta/pubStatus')?.attributes?.qcode).toBe('stat:usable')
    expect(childrenNamed(at(item, 'itemMeta'), 'edNote').map(textOf)).toEqual([
      'Correction 2024-05-11T10:00:00+05:00: The minister’s name is spelt Karimov.',
      'Correction 2024-05-12T10:00:00+05:00: The deficit is 3%, not <b>5%</b>.'
    ])
  })

  it('should transliterate the notes of the generated Cyrillic version', async () => {
    await writeFile(
      join(root, 'content/2024/05/budget.uz.md'),
      release({title: 'Byudjet tasdiqlandi', date, corrections: [{date: '2024-05-11T10:00:00+05:00', note: 'Vazir familiyasi tuzatildi.'}]})
    )
    const result = await build({root, now, outDir: join(root, 'cyrillic')})
    expect(result.ok).toBe(true)
    const page = await readFile(join(root, 'cyrillic/uz-cyrl/2024/05/budget/index.html'), 'utf8')
    expect(page).toContain('<h2>Тузатиш</h2>')
    expect(page).toContain(': Вазир фамилияси тузатилди.</li>')
    await writeFile(join(root, 'content/2024/05/budget.uz.md'), files()['content/2024/05/budget.uz.md']!)
  })
})

describe('a release withdrawn in every language', () => {
  it('should leave a short notice in the reader’s language at the article and AMP URLs: no body, no image, noindex', async () => {
    for (const path of ['en/2024/05/recall/index.html', 'en/2024/05/recall/amp/index.html']) {
      const page = await read(path)
      expect(page).toContain('<meta name="robots" content="noindex">')
      expect(page).toContain(
        '<h1>This release has been withdrawn</h1><p class="withdrawal-notice">The release “Recalled story” is no longer published.</p>'
      )
      expect(page).toContain('<p>Withdrawn: <time datetime="2024-05-13T08:00:00+05:00">13 May 2024, 08:00, Tashkent time</time></p>')
      expect(page).toContain('<p>Reason: A court order &#x26; &#x3C;i>more&#x3C;/i></p>')
      expect(page).not.toMatch(/SECRET|photo|ld\+json|og:image/)
    }
    expect(await read('ru/2024/05/recall/index.html')).toContain('<h1>Этот пресс-релиз отозван</h1>')
    expect(await read('uz-cyrl/2024/05/recall/index.html')).toContain('<p>Сабаб: Суд қарори</p>')
  })

  it('should be warned about where another release links to it, at the link, but not where a withdrawn page links', async () => {
    const site = await makeSite({
      ...files(),
      'content/2024/05/budget.en.md': release({title: 'Budget approved', date}, 'See [the recalled story](/en/2024/05/recall/).'),
      'content/2024/05/recall.en.md': release(
        {title: 'Recalled story', date: recalledDate, withdrawn: {date: withdrawnAt, reason: 'A court order'}},
        'As [the Russian trade figures](/ru/2024/05/mistranslated/) said.'
      )
    })
    const result = await build({root: site, now})
    expect(result.diagnostics.filter((d) => d.id === 'MB2008')).toEqual([
      expect.objectContaining({
        file: 'content/2024/05/budget.en.md',
        line: 6,
        column: 5,
        severity: 'warning',
        message: 'link to /en/2024/05/recall/ leads to a withdrawn release, whose page shows only the notice of its withdrawal'
      })
    ])
  })

  it('should leave the home and tag lists, the sitemaps, the news sitemap and search', async () => {
    for (const path of ['en/index.html', 'en/tags/economy/index.html', 'en/sitemap.xml', 'ru/sitemap.xml', 'news-sitemap.xml', 'sitemap.xml']) {
      const text = await read(path)
      expect(text, path).not.toContain('/recall/')
      expect(text, path).not.toContain('Recalled story')
    }
    // The lists' dates leave with it: the index is dated by the corrected release, not the withdrawn one.
    expect(await read('sitemap.xml')).toContain('<lastmod>2024-05-12T10:00:00+05:00</lastmod>')
    // Rendered afresh: a stored release's text is read from the store, which prepareSite has closed when it returns.
    const prepared = await prepareSite({root, now, cache: false})
    if (!prepared.ok) throw new Error('the site did not prepare')
    const urls = searchRecords(prepared.model).map((record) => record.url)
    expect(urls).toContain('/en/2024/05/budget/')
    expect(urls.filter((url) => url.includes('/recall/'))).toEqual([])
  })

  it('should be an RFC 6721 tombstone in the Atom feed, and the notice in place of the entry in RSS and JSON Feed', async () => {
    const atom = await read('en/atom.xml')
    expect(atom).toContain('xmlns:at="http://purl.org/atompub/tombstones/1.0"')
    expect(atom).toContain('<at:deleted-entry ref="https://news.test/en/2024/05/recall/" when="2024-05-13T03:00:00.000Z">')
    expect(atom).not.toMatch(/<id>https:\/\/news\.test\/en\/2024\/05\/recall\/<\/id>|SECRET/)
    const rss = readWithFeedparser(join(root, 'dist/en/rss.xml')).entries.find((e) => e.id.endsWith('/recall/'))!
    expect(rss).toMatchObject({title: 'Withdrawn: Recalled story', updated: '2024-05-13T03:00:00Z', categories: [], enclosures: []})
    expect(rss.summary).toBe('Withdrawn on 13 May 2024, 08:00, Tashkent time. Reason: A court order & <i>more</i>')
    const feed = (await json('en/feed.json')) as {items: Record<string, unknown>[]}
    const item = feed.items.find((i) => String(i.id).endsWith('/recall/'))!
    expect(item).toMatchObject({title: 'Withdrawn: Recalled story', date_modified: '2024-05-13T03:00:00.000Z', _matbuot: {withdrawn: true}})
    expect(item.image).toBeUndefined()
    expect(JSON.stringify(feed)).not.toContain('SECRET')
  })

  it('should be canceled in ninjs, without a body, and listed as withdrawn in the partner index', async () => {
    const item = await json('syndication/en/2024/05/recall.json')
    expect(item).toMatchObject({pubStatus: 'canceled', version: '2', versionCreated: withdrawnAt})
    expect(item.edNote).toBe('Withdrawn 2024-05-13T08:00:00+05:00: A court order & <i>more</i>')
    expect(item.bodies).toBeUndefined()
    const index = (await json('syndication/en/index.json')) as {updated: string; items: {uri: string}[]}
    expect(index.updated).toBe(withdrawnAt)
    expect(index.items.find((i) => i.uri.endsWith('/recall.json'))).toMatchObject({pubStatus: 'canceled', versionCreated: withdrawnAt})
    const partner = await read('syndication/en/2024/05/recall.html')
    expect(partner).toContain('<h1>This release has been withdrawn</h1>')
    expect(partner).not.toMatch(/SECRET|photo|usage-terms/)
  })
})

describe('a release withdrawn in one language', () => {
  it('should be canceled in NewsML-G2, a new version with the reason and no content, and so is its package', async () => {
    const item = readNewsml(await read('syndication/en/2024/05/recall.xml'))
    expect(item.attributes?.version).toBe('2')
    expect(at(item, 'itemMeta/pubStatus')?.attributes?.qcode).toBe('stat:canceled')
    expect(childrenNamed(at(item, 'itemMeta'), 'edNote').map(textOf)).toEqual(['Withdrawn 2024-05-13T08:00:00+05:00: A court order & <i>more</i>'])
    expect(at(item, 'contentSet')).toBeUndefined()
    expect(await read('syndication/en/2024/05/recall.xml')).not.toContain('SECRET')
    const pack = readNewsml(await read('syndication/2024/05/recall.xml'))
    expect(at(pack, 'itemMeta/pubStatus')?.attributes?.qcode).toBe('stat:canceled')
  })

  it('should withdraw only that language, which its translations stop linking to', async () => {
    expect(await read('ru/2024/05/mistranslated/index.html')).toContain('<p>Причина: Ошибка перевода</p>')
    expect(await read('ru/index.html')).not.toContain('/mistranslated/')
    const english = await read('en/2024/05/mistranslated/index.html')
    expect(english).toContain('Trade body.')
    expect(english).not.toContain('/ru/2024/05/mistranslated/')
    expect(await read('en/index.html')).toContain('/en/2024/05/mistranslated/')
    expect(await read('en/sitemap.xml')).not.toContain('/ru/2024/05/mistranslated/')
  })
})

describe('channels that readers and partners validate', () => {
  it('should keep every feed clean in feedparser and in the W3C Feed Validator’s text checks', () => {
    const feeds = ['en', 'ru', 'uz', 'uz-cyrl'].flatMap((prefix) => ['rss.xml', 'atom.xml'].map((name) => join(root, 'dist', prefix, name)))
    for (const feed of feeds) expect(readWithFeedparser(feed).entries.length).toBeGreaterThan(0)
    expect(xmlWellFormednessErrors(feeds)).toBe('')
    expect(feedValidatorTextFindings(feeds)).toEqual([])
  })

  it('should give notice and correction pages with no error in the Nu Html Checker', () => {
    const pages = [
      'en/2024/05/budget/index.html',
      'en/2024/05/recall/index.html',
      'ru/2024/05/mistranslated/index.html',
      'syndication/en/2024/05/budget.html',
      'syndication/en/2024/05/recall.html'
    ].map((path) => join(root, 'dist', path))
    expect(nuCheck(pages).map((m) => `${m.url}:${m.lastLine} ${m.message}`)).toEqual([])
  })

  it('should give AMP notice and correction pages the AMP validator passes', async () => {
    for (const path of ['en/2024/05/recall/amp/index.html', 'en/2024/05/budget/amp/index.html']) {
      expect(await validateAmp(await read(path)), path).toEqual({status: 'PASS', errors: []})
    }
  })

  it('should give NewsML-G2 items and packages the IPTC schema accepts', () => {
    const files = ['en/2024/05/budget.xml', 'en/2024/05/recall.xml', 'uz-cyrl/2024/05/budget.xml', '2024/05/recall.xml', '2024/05/budget.xml']
    expect(newsmlSchemaErrors(files.map((file) => join(root, 'dist/syndication', file)))).toEqual([])
  })

  it('should give ninjs items the IPTC schema accepts', async () => {
    const validate = ninjsValidator()
    for (const path of ['syndication/en/2024/05/budget.json', 'syndication/en/2024/05/recall.json']) expect(validate(await json(path))).toEqual([])
  })
})

describe('matbuot check', () => {
  it('should warn of a correction one translation lacks, and of a release withdrawn in some languages only', async () => {
    const {stdout} = runCli(['check', '--format', 'json'], root)
    const diagnostics = (JSON.parse(stdout) as {diagnostics: {id: string; file: string; line?: number; field?: string; message: string}[]})
      .diagnostics
    const found = diagnostics.filter((d) => d.id === 'MB2020' || d.id === 'MB2021').map((d) => `${d.id} ${d.file}:${d.line} ${d.field}: ${d.message}`)
    expect(found).toEqual([
      'MB2020 content/2024/05/budget.ru.md:6 corrections: no correction dated 2024-05-12T10:00:00+05:00, which content/2024/05/budget.en.md has: expected every translation to carry the correction',
      'MB2020 content/2024/05/budget.uz.md:3 corrections: no correction dated 2024-05-11T10:00:00+05:00, which content/2024/05/budget.en.md and content/2024/05/budget.ru.md have: expected every translation to carry the correction',
      'MB2020 content/2024/05/budget.uz.md:3 corrections: no correction dated 2024-05-12T10:00:00+05:00, which content/2024/05/budget.en.md has: expected every translation to carry the correction',
      'MB2021 content/2024/05/mistranslated.en.md:3 withdrawn: still published, while content/2024/05/mistranslated.ru.md is withdrawn: expected `withdrawn` here too if the whole release is withdrawn'
    ])
  })
})

describe('front matter of corrections and withdrawals', () => {
  const problemsOf = async (frontMatter: string) => {
    const site = await makeSite({
      'content/media/logo.png': tinyPng,
      'content/2024/05/bad.en.md': `---\ntitle: Bad\ndate: ${date}\nsummary: A summary.\n${frontMatter}---\nBody.\n`
    })
    const result = await build({root: site, now})
    expect(result.ok).toBe(false)
    return result.diagnostics.map((d) => `${d.id} ${d.line}:${d.column} ${d.field} ${d.message}`)
  }

  it('should report each wrong value at its place', async () => {
    expect(await problemsOf('corrections:\n  - date: 2024-05-11T10:00:00+05:00\nwithdrawn:\n  date: yesterday\n  reason: Gone.\n')).toEqual([
      'MB1103 6:5 corrections.0.note expected the correction, in plain text, but it is missing',
      'MB1102 8:9 withdrawn.date expected an ISO 8601 date-time with offset, e.g. 2022-08-31T10:00:00+05:00, got "yesterday"'
    ])
  })

  it('should refuse a correction or a withdrawal dated before the release', async () => {
    expect(
      await problemsOf(
        'corrections:\n  - date: 2024-05-01T10:00:00+05:00\n    note: Too early.\nwithdrawn: {date: 2024-05-09T10:00:00+05:00, reason: Gone.}\n'
      )
    ).toEqual([
      'MB1102 6:11 corrections.0.date expected a date not before "date", got "2024-05-01T10:00:00+05:00"',
      'MB1102 8:19 withdrawn.date expected a date not before "date", got "2024-05-09T10:00:00+05:00"'
    ])
  })
})

describe('publishing a withdrawn release again', () => {
  const withdrawn = release({title: 'Recalled', date, withdrawn: {date: withdrawnAt, reason: 'A court order'}}, 'Body.')
  const republished = release({title: 'Recalled', date}, 'Body.')

  it('should say so once, in the build that republishes it, when the field is removed', async () => {
    const site = await makeSite({'content/media/logo.png': tinyPng, 'content/2024/05/recall.en.md': withdrawn})
    const first = await build({root: site, now})
    expect(first.diagnostics.filter((d) => d.id === 'MB2022')).toEqual([])
    await writeFile(join(site, 'content/2024/05/recall.en.md'), republished)
    const second = await build({root: site, now})
    expect(second.diagnostics.filter((d) => d.id === 'MB2022').map((d) => `${d.file} ${d.severity} ${d.message}`)).toEqual([
      'content/2024/05/recall.en.md warning republishes /en/2024/05/recall/, withdrawn on 2024-05-13T08:00:00+05:00 by an earlier build: it is in every output again'
    ])
    expect(await readFile(join(site, 'dist/en/2024/05/recall/index.html'), 'utf8')).toContain('<p>Body.</p>')
    await writeFile(join(site, 'content/2024/05/recall.en.md'), republished.replace('Body.', 'Body, edited.'))
    expect((await build({root: site, now})).diagnostics.filter((d) => d.id === 'MB2022')).toEqual([])
  })

  it('should remember it when its file is deleted and added again without the field', async () => {
    const site = await makeSite({'content/media/logo.png': tinyPng, 'content/2024/05/recall.en.md': withdrawn})
    expect((await build({root: site, now})).ok).toBe(true)
    await rm(join(site, 'content/2024/05/recall.en.md'))
    expect((await build({root: site, now})).diagnostics.filter((d) => d.id === 'MB2022')).toEqual([])
    await writeFile(join(site, 'content/2024/05/recall.en.md'), republished)
    const {status, stderr} = runCli(['build', '--now', now.toISOString()], site)
    expect(status).toBe(0)
    expect(stderr).toContain('content/2024/05/recall.en.md warning "withdrawn": republishes /en/2024/05/recall/')
  })
})
