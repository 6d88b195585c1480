import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {build} from '../../pipeline/build.ts'
import {readMediaRssWithFeedparser, readWithFeedparser, readWithJsParser, xmlWellFormednessErrors} from '../support/feed-readers.ts'
import {makeSite, release, tinyPng} from '../support/site-fixture.ts'

const control = '\u0001\u0008\u000B\u000C\u001F\uFFFE'
const hostileTitles = [
  'Budget ]]> approved ]]> twice & <more> "quoted" \'single\'',
  `Control${control} characters`,
  'Emoji 🇺🇿📰 and a right-to-left mark \u200F here',
  `Very long ${'headline '.repeat(120).trim()}`,
  'Ташкент и Oʻzbekiston: gʻalaba va taʼlim'
]
const hostileBody = [
  'Text with ]]> once and ]]> twice, & ampersands, <b>bold</b> and 5 < 6 > 4.',
  '',
  `Control${control} characters in the body, emoji 🇺🇿, mark \u200F, Cyrillic кириллица, oʻzbek.`,
  '',
  'Raw reference &#1; spelled as an entity.',
  '',
  'Long '.repeat(3000)
].join('\n')

function hostileSite() {
  const files: Record<string, string | Uint8Array> = {'content/media/logo.png': tinyPng, 'content/media/photo.jpg': tinyPng}
  hostileTitles.forEach((title, index) => {
    const day = String(index + 1).padStart(2, '0')
    files[`content/2024/05/hostile-${index}.en.md`] = release(
      {
        title,
        date: `2024-05-${day}T10:00:00+05:00`,
        summary: `Summary ]]> with & and < of ${index}`,
        tags: ['economy'],
        image: {src: '/media/photo.jpg', alt: 'x'}
      },
      hostileBody
    )
  })
  return makeSite(files)
}

const cleanTitles = hostileTitles.map((t) => t.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')).reverse()

describe('feeds built from hostile releases', () => {
  it('should stay well-formed XML', async () => {
    const root = await hostileSite()
    expect((await build({root})).ok).toBe(true)
    expect(xmlWellFormednessErrors(['rss.xml', 'atom.xml'].map((f) => join(root, 'dist/en', f)))).toBe('')
  })

  for (const format of ['rss.xml', 'atom.xml']) {
    it(`${format} should reach feedparser and the JavaScript reader with every title, link and date intact`, async () => {
      const root = await hostileSite()
      await build({root})
      const file = join(root, 'dist/en', format)
      for (const feed of [readWithFeedparser(file), readWithJsParser(await readFile(file, 'utf8'))]) {
        expect(feed.language).toBe('en')
        expect(feed.entries.map((e) => e.title)).toEqual(cleanTitles)
        expect(feed.entries.map((e) => e.link)).toEqual([4, 3, 2, 1, 0].map((i) => `https://news.test/en/2024/05/hostile-${i}/`))
        expect(feed.entries.map((e) => e.published)).toEqual(['05', '04', '03', '02', '01'].map((d) => `2024-05-${d}T05:00:00Z`))
        for (const entry of feed.entries) {
          expect(entry.content).toContain('Text with ]]> once and ]]> twice')
          expect(entry.content).toContain('emoji 🇺🇿, mark \u200F, Cyrillic кириллица, oʻzbek.')
          expect(entry.categories).toEqual(['Economy'])
          expect(entry.enclosures).toEqual([{url: 'https://news.test/media/photo.jpg', type: 'image/png', length: tinyPng.length}])
        }
      }
    })
  }

  it('JSON Feed should keep the same titles', async () => {
    const root = await hostileSite()
    await build({root})
    const feed = JSON.parse(await readFile(join(root, 'dist/en/feed.json'), 'utf8'))
    expect(feed.items.map((i: {title: string}) => i.title)).toEqual(cleanTitles)
  })
})

describe('feed size', () => {
  it('should keep only the newest N releases of the locale', async () => {
    const files: Record<string, string | Uint8Array> = {'content/media/logo.png': tinyPng}
    for (let day = 1; day <= 5; day++) files[`content/2024/05/r${day}.en.md`] = release({title: `R${day}`, date: `2024-05-0${day}T10:00:00+05:00`})
    const root = await makeSite(files, {config: `${(await import('../support/site-fixture.ts')).fixtureConfig}feedSize: 3\n`})
    await build({root})
    expect(readWithFeedparser(join(root, 'dist/en/rss.xml')).entries.map((e) => e.title)).toEqual(['R5', 'R4', 'R3'])
  })
})

describe('feed titles', () => {
  it('should name the feed’s language, so a reader subscribed to two languages tells them apart', async () => {
    const root = await makeSite({
      'content/media/logo.png': tinyPng,
      'content/2024/05/deal.en.md': release({title: 'Deal'}),
      'content/2024/05/deal.ru.md': release({title: 'Сделка'})
    })
    await build({root})
    // The agency spells its name in each language as locales/ gives it.
    for (const [prefix, agency, title] of [
      ['en', 'Dunyo', 'Dunyo — English'],
      ['ru', 'Дунё', 'Дунё — Русский']
    ] as const) {
      for (const format of ['rss.xml', 'atom.xml']) {
        const file = join(root, 'dist', prefix, format)
        expect(readWithFeedparser(file).title, file).toBe(title)
        expect(readWithJsParser(await readFile(file, 'utf8')).title, file).toBe(title)
      }
      const json = JSON.parse(await readFile(join(root, 'dist', prefix, 'feed.json'), 'utf8'))
      expect(json.title).toBe(title)
      // The feed's author is still the agency, not the feed.
      expect(json.authors).toEqual([{name: agency, url: `https://news.test/${prefix}/`}])
    }
  })
})

describe('lead images in feeds', () => {
  const hostileAlt = 'Alt <img src=x onerror=alert(1)> & "quoted"'
  const hostileCaption = 'Caption <script>alert(1)</script> & ]]> end'

  function imageSite() {
    return makeSite({
      'content/media/logo.png': tinyPng,
      'content/media/photo.png': tinyPng,
      'content/2024/05/pictured.en.md': release(
        {title: 'Pictured', image: {src: '/media/photo.png', alt: hostileAlt, caption: hostileCaption}},
        'The body.'
      ),
      'content/2024/05/plain.en.md': release({title: 'Plain', date: '2024-05-09T09:30:00+05:00'}, 'No image here.')
    })
  }

  it('should put the image and its caption, escaped, first in each entry’s content in every format', async () => {
    const root = await imageSite()
    expect((await build({root})).ok).toBe(true)
    const figure =
      '<figure><img src="https://news.test/media/photo.png" alt="Alt <img src=x onerror=alert(1)> &#x26; &#x22;quoted&#x22;" width="1" height="1"><figcaption>Caption &#x3C;script>alert(1)&#x3C;/script> &#x26; ]]> end</figcaption></figure>'
    const json = JSON.parse(await readFile(join(root, 'dist/en/feed.json'), 'utf8'))
    expect(json.items.map((i: {content_html: string}) => i.content_html.startsWith(`${figure}\n<p>The body.</p>`))).toEqual([true, false])
    expect(json.items[1].content_html).toBe('<p>No image here.</p>')
    expect(xmlWellFormednessErrors(['rss.xml', 'atom.xml'].map((f) => join(root, 'dist/en', f)))).toBe('')
    for (const format of ['rss.xml', 'atom.xml']) {
      const file = join(root, 'dist/en', format)
      const [fromFeedparser, fromJs] = [readWithFeedparser(file), readWithJsParser(await readFile(file, 'utf8'))]
      for (const feed of [fromFeedparser, fromJs]) {
        const [pictured, plain] = feed.entries
        expect(pictured!.content, format).toContain('<figcaption>Caption ')
        expect(pictured!.content, format).toContain('https://news.test/media/photo.png')
        expect(pictured!.content, format).toContain('The body.')
        expect(plain!.content, format).not.toContain('<figure')
      }
      // Only feedparser's content is compared as HTML: the JavaScript reader decodes references in content once more, the body's as well.
      expect(fromFeedparser.entries[0]!.content, format).not.toContain('<script')
    }
  })

  it('should name the image in Media RSS, its namespace declared, for readers that show thumbnails', async () => {
    const root = await imageSite()
    await build({root})
    const file = join(root, 'dist/en/rss.xml')
    expect(await readFile(file, 'utf8')).toContain('xmlns:media="http://search.yahoo.com/mrss/"')
    const [pictured, plain] = readMediaRssWithFeedparser(file)
    const url = 'https://news.test/media/photo.png'
    expect(pictured).toEqual({
      // Media RSS leaves the entry's own title alone.
      title: 'Pictured',
      content: [{url, type: 'image/png', medium: 'image', filesize: String(tinyPng.length), width: '1', height: '1'}],
      thumbnail: [{url, width: '1', height: '1'}]
    })
    expect(plain).toEqual({title: 'Plain', content: [], thumbnail: []})
    const js = readWithJsParser(await readFile(file, 'utf8'))
    // The enclosure and Media RSS name one file: a reader lists it once.
    expect(js.entries[0]!.enclosures).toEqual([{url, type: 'image/png', length: tinyPng.length}])
  })
})
