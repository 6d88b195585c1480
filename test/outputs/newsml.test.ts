import {mkdtemp, readFile, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import type {Element} from 'xml-js'
import {build, prepareSite} from '../../pipeline/build.ts'
import type {SiteModel} from '../../pipeline/outputs/site-model.ts'
import {newsmlPictureItem, newsmlTextItem, type NewsmlStatus} from '../../pipeline/outputs/syndication/newsml-items.ts'
import {newsmlPackage} from '../../pipeline/outputs/syndication/newsml-package.ts'
import {at, childrenNamed, newsmlSchemaErrors, readNewsml, textOf} from '../support/newsml.ts'
import {makeSite, release, tinyPng} from '../support/site-fixture.ts'

const now = new Date('2024-05-20T12:00:00+05:00')
const xhtml = 'http://www.w3.org/1999/xhtml'

// Raw HTML and text that XML would read differently if it were not escaped, and whitespace a <pre> keeps.
const body = [
  'Tom & Jerry <b>say</b> 1 < 2 and "quotes" ]]> too.',
  '',
  '<script>alert(1)</script><span title="a &amp; b &lt;c&gt;">held</span>',
  '',
  '```',
  '  indented',
  '    more <tag> & such',
  '```'
].join('\n')

function site() {
  return makeSite({
    'content/media/logo.png': tinyPng,
    'content/media/photo.png': tinyPng,
    'content/2024/05/deal.en.md': release(
      {
        title: 'Deal & <signed>',
        date: '2024-05-19T10:00+05:00',
        summary: 'The standfirst.',
        dateline: 'Tashkent',
        author: 'A. Writer',
        tags: ['economy'],
        image: {src: '/media/photo.png', alt: 'Two people & a table', caption: 'Signing, 19 May'}
      },
      body
    ),
    'content/2024/05/deal.ru.md': release(
      {title: 'Сделка', date: '2024-05-19T10:00+05:00', updated: '2024-05-19T15:00:00+05:00', summary: 'Вводка.', tags: ['economy']},
      'Текст.'
    ),
    'content/2024/05/secret.en.md': release({title: 'Secret', date: '2024-05-19T11:00:00+05:00', embargo: '2024-06-01T09:00:00+05:00'})
  })
}

async function modelOf(root: string): Promise<SiteModel> {
  const prepared = await prepareSite({root, jobs: 1, now})
  if (!prepared.ok) throw new Error(JSON.stringify(prepared.diagnostics))
  return prepared.model
}

/** Write NewsML-G2 documents to files and validate them against the IPTC schema. */
async function schemaErrors(documents: Record<string, string>): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'matbuot-newsml-'))
  const files = await Promise.all(
    Object.entries(documents).map(async ([name, xml]) => {
      await writeFile(join(dir, name), xml)
      return join(dir, name)
    })
  )
  return newsmlSchemaErrors(files).map((error) => error.replace(dir, ''))
}

const read = (root: string, path: string) => readFile(join(root, path), 'utf8')
const attribute = (element: Element | undefined, name: string) => element?.attributes?.[name]

describe('NewsML-G2 items', () => {
  it('should carry a release-language’s metadata, text as written, and its body as XHTML in the XHTML namespace', async () => {
    const root = await site()
    await build({root, now})
    const xml = await read(root, 'dist/syndication/en/2024/05/deal.xml')
    expect(await schemaErrors({'deal.xml': xml})).toEqual([])
    const item = readNewsml(xml)
    expect(item.name).toBe('newsItem')
    expect(item.attributes).toMatchObject({
      guid: 'https://news.test/syndication/en/2024/05/deal.xml',
      version: '1',
      standard: 'NewsML-G2',
      standardversion: '2.35',
      'xml:lang': 'en'
    })
    expect(attribute(at(item, 'itemMeta/itemClass'), 'qcode')).toBe('ninat:text')
    expect(attribute(at(item, 'itemMeta/pubStatus'), 'qcode')).toBe('stat:usable')
    // Front matter without seconds, written as xs:dateTime wants it.
    expect(textOf(at(item, 'itemMeta/firstCreated'))).toBe('2024-05-19T10:00:00+05:00')
    expect(at(item, 'itemMeta/embargoed')).toBeUndefined()
    expect(textOf(at(item, 'itemMeta/provider/name'))).toBe('Dunyo')
    expect(textOf(at(item, 'contentMeta/headline'))).toBe('Deal & <signed>')
    expect(textOf(at(item, 'contentMeta/description'))).toBe('The standfirst.')
    expect(textOf(at(item, 'contentMeta/by'))).toBe('A. Writer')
    expect(textOf(at(item, 'contentMeta/located/name'))).toBe('Tashkent')
    expect(textOf(at(item, 'contentMeta/dateline'))).toBe('Tashkent, 19 May 2024')
    expect(attribute(at(item, 'contentMeta/language'), 'tag')).toBe('en')
    expect(textOf(at(item, 'contentMeta/subject/name'))).toBe('Economy')

    const inline = at(item, 'contentSet/inlineXML')
    expect(attribute(inline, 'contenttype')).toBe('application/xhtml+xml')
    const html = childrenNamed(inline, 'html')[0]
    expect(attribute(html, 'xmlns')).toBe(xhtml)
    expect(textOf(at(html, 'head/title'))).toBe('Deal & <signed>')
    const text = textOf(at(html, 'body'))
    expect(text).toContain('Tom & Jerry say 1 < 2 and "quotes" ]]> too.')
    expect(text).toContain('  indented\n    more <tag> & such\n')
    expect(text).not.toContain('alert(1)')
    expect(xml).toContain('<pre><code>  indented\n    more &lt;tag&gt; &amp; such\n</code></pre>')
    expect(xml).toContain('<span title="a &amp; b &lt;c>">held</span>')
  })

  it('should link its picture item and each translation’s item at its version, and the package should group every language', async () => {
    const root = await site()
    await build({root, now})
    const en = readNewsml(await read(root, 'dist/syndication/en/2024/05/deal.xml'))
    const links = childrenNamed(at(en, 'itemMeta'), 'link').map((link) => [link.attributes?.rel, link.attributes?.href, link.attributes?.version])
    expect(links).toEqual([
      ['irel:associatedWith', 'https://news.test/syndication/en/2024/05/deal.picture.xml', '1'],
      // Russian has an `updated` date: it is at version 2.
      ['irel:seeAlso', 'https://news.test/syndication/ru/2024/05/deal.xml', '2'],
      ['irel:seeAlso', 'https://news.test/en/2024/05/deal/', undefined]
    ])
    const ru = readNewsml(await read(root, 'dist/syndication/ru/2024/05/deal.xml'))
    expect(childrenNamed(at(ru, 'itemMeta'), 'link').map((link) => link.attributes?.href)).toContain(
      'https://news.test/syndication/en/2024/05/deal.xml'
    )
    expect(attribute(ru, 'version')).toBe('2')

    const picture = await read(root, 'dist/syndication/en/2024/05/deal.picture.xml')
    const pkg = await read(root, 'dist/syndication/2024/05/deal.xml')
    expect(await schemaErrors({'picture.xml': picture, 'package.xml': pkg})).toEqual([])
    const pictureItem = readNewsml(picture)
    expect(attribute(at(pictureItem, 'itemMeta/itemClass'), 'qcode')).toBe('ninat:picture')
    expect(childrenNamed(at(pictureItem, 'contentMeta'), 'description').map((d) => [d.attributes?.role, textOf(d)])).toEqual([
      ['drol:caption', 'Signing, 19 May'],
      ['drol:altText', 'Two people & a table']
    ])
    expect(childrenNamed(at(pictureItem, 'contentSet'), 'remoteContent').map((r) => [r.attributes?.href, r.attributes?.contenttype])).toEqual([
      ['https://news.test/media/photo.png', 'image/png'],
      ['https://news.test/media/photo-1.avif', 'image/avif'],
      ['https://news.test/media/photo-1.webp', 'image/webp'],
      ['https://news.test/media/photo-1.png', 'image/png']
    ])

    const packageItem = readNewsml(pkg)
    expect(packageItem.name).toBe('packageItem')
    expect(attribute(at(packageItem, 'itemMeta/itemClass'), 'qcode')).toBe('ninat:composite')
    const groups = childrenNamed(at(packageItem, 'groupSet'), 'group')
    expect(groups.map((g) => [g.attributes?.id, g.attributes?.mode])).toEqual([
      ['release', 'pgrmod:alt'],
      ['lang-en', 'pgrmod:bag'],
      ['lang-ru', 'pgrmod:bag']
    ])
    expect(groups.slice(1).map((g) => childrenNamed(g, 'itemRef').map((ref) => [ref.attributes?.href, ref.attributes?.version]))).toEqual([
      [
        ['https://news.test/syndication/en/2024/05/deal.xml', '1'],
        ['https://news.test/syndication/en/2024/05/deal.picture.xml', '1']
      ],
      [['https://news.test/syndication/ru/2024/05/deal.xml', '2']]
    ])

    const index = JSON.parse(await read(root, 'dist/syndication/en/index.json'))
    expect(index.items[0].links).toMatchObject({
      newsml: 'https://news.test/syndication/en/2024/05/deal.xml',
      newsmlPackage: 'https://news.test/syndication/2024/05/deal.xml'
    })
  })

  it('should leave embargoed releases out of the public tree and mark them embargoed in the partner bundle', async () => {
    const root = await site()
    await build({root, now, partnerBundle: join(root, 'partner')})
    await expect(read(root, 'dist/syndication/en/2024/05/secret.xml')).rejects.toThrow(/ENOENT/)
    await expect(read(root, 'dist/syndication/2024/05/secret.xml')).rejects.toThrow(/ENOENT/)
    const secret = await read(root, 'partner/syndication/en/2024/05/secret.xml')
    expect(await schemaErrors({'secret.xml': secret, 'package.xml': await read(root, 'partner/syndication/2024/05/secret.xml')})).toEqual([])
    expect(textOf(at(readNewsml(secret), 'itemMeta/embargoed'))).toBe('2024-06-01T09:00:00+05:00')
  })

  it('should say a corrected item’s version and notes, and a canceled item’s status without its content, as the schema allows', async () => {
    const model = await modelOf(await site())
    const [deal] = model.releases.filter((r) => r.slug === 'deal')
    const en = deal!.translations.en!
    const ru = deal!.translations.ru!
    const corrected: NewsmlStatus = {
      version: 3,
      versionCreated: '2024-05-21T09:00+05:00',
      pubStatus: 'stat:usable',
      edNotes: ['Corrects the figure in the second paragraph.', 'Names & <titles> fixed.']
    }
    const canceled: NewsmlStatus = {
      version: 4,
      versionCreated: '2024-05-22T09:00:00+05:00',
      pubStatus: 'stat:canceled',
      edNotes: ['Withdrawn by court order.']
    }
    const usable: NewsmlStatus = {version: 1, versionCreated: ru.published.iso, pubStatus: 'stat:usable', edNotes: []}
    const documents = {
      'corrected.xml': newsmlTextItem(model, en, corrected, [{article: ru, status: usable}]),
      'canceled.xml': newsmlTextItem(model, en, canceled, [{article: ru, status: usable}]),
      'canceled-picture.xml': newsmlPictureItem(model, en, en.image!, canceled),
      'half-canceled-package.xml': newsmlPackage(model, [
        {article: en, status: canceled},
        {article: ru, status: usable}
      ]),
      'canceled-package.xml': newsmlPackage(model, [
        {article: en, status: canceled},
        {article: ru, status: {...canceled, version: 2}}
      ])
    }
    expect(await schemaErrors(documents)).toEqual([])

    const fixed = readNewsml(documents['corrected.xml'])
    expect(attribute(fixed, 'version')).toBe('3')
    expect(textOf(at(fixed, 'itemMeta/versionCreated'))).toBe('2024-05-21T09:00:00+05:00')
    expect(childrenNamed(at(fixed, 'itemMeta'), 'edNote').map(textOf)).toEqual(corrected.edNotes)
    expect(at(fixed, 'contentSet/inlineXML')).toBeDefined()

    const gone = readNewsml(documents['canceled.xml'])
    expect(attribute(at(gone, 'itemMeta/pubStatus'), 'qcode')).toBe('stat:canceled')
    expect(textOf(at(gone, 'itemMeta/edNote'))).toBe('Withdrawn by court order.')
    expect(textOf(at(gone, 'contentMeta/headline'))).toBe('Deal & <signed>')
    expect(at(gone, 'contentSet')).toBeUndefined()
    expect(at(readNewsml(documents['canceled-picture.xml']), 'contentSet')).toBeUndefined()

    const pubStatusOf = (name: keyof typeof documents) => attribute(at(readNewsml(documents[name]), 'itemMeta/pubStatus'), 'qcode')
    expect(pubStatusOf('half-canceled-package.xml')).toBe('stat:usable')
    expect(pubStatusOf('canceled-package.xml')).toBe('stat:canceled')
    // Each new version of an item makes a new version of the package.
    expect(attribute(readNewsml(documents['half-canceled-package.xml']), 'version')).toBe('5')
    expect(attribute(readNewsml(documents['canceled-package.xml']), 'version')).toBe('6')
  })

  it('should be refused by the schema when broken (the check can fail)', async () => {
    const root = await site()
    await build({root, now})
    const xml = await read(root, 'dist/syndication/en/2024/05/deal.xml')
    const errors = await schemaErrors({
      'no-guid.xml': xml.replace(/ guid="[^"]*"/, ''),
      'bad-date.xml': xml.replace('<firstCreated>2024-05-19T10:00:00+05:00', '<firstCreated>2024-05-19T10:00+05:00'),
      'out-of-order.xml': xml.replace(/(<itemClass[^>]*\/>)(\s*)(<provider[\s\S]*?<\/provider>)/, '$3$2$1')
    })
    expect(errors.join('\n')).toMatch(/no-guid\.xml.*guid/)
    expect(errors.join('\n')).toMatch(/bad-date\.xml.*firstCreated/)
    expect(errors.join('\n')).toMatch(/out-of-order\.xml.*provider/)
  })
})
