import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {build} from '../../pipeline/build.ts'
import {formatDiagnostic} from '../../pipeline/diagnostics/diagnostic.ts'
import {parseSiteConfig} from '../../pipeline/validate/read-site-config.ts'
import {validateAmp} from '../support/amp-validator.ts'
import {nuCheck} from '../support/nu-checker.ts'
import {fixtureConfig, fixtureConfigWithCyrillic, makeSite, release, tinyPng} from '../support/site-fixture.ts'

/** Build a small site from its content files; `read` gives a built file's text. */
async function buildSite(files: Record<string, string | Uint8Array>, config = fixtureConfig) {
  const root = await makeSite({'content/media/logo.png': tinyPng, 'content/media/photo.png': tinyPng, ...files}, {config})
  const result = await build({root})
  expect(result.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic)).toEqual([])
  return {root, read: (path: string) => readFile(join(root, 'dist', path), 'utf8')}
}

/** `count` releases a day apart in one language, each tagged economy. */
function releases(locale: string, count: number, fields: Record<string, unknown> = {}): Record<string, string> {
  return Object.fromEntries(
    Array.from({length: count}, (_, i) => [
      `content/2024/05/news-${i + 1}.${locale}.md`,
      release({title: `News ${i + 1} (${locale})`, date: `2024-05-${String(10 + i).padStart(2, '0')}T09:30:00+05:00`, tags: ['economy'], ...fields})
    ])
  )
}

const alternates = (html: string) => [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => `${m[1]} ${m[2]}`)
const switcherLinks = (html: string) => {
  const nav = /<nav class="language-switcher"[^>]*>(.*?)<\/nav>/s.exec(html)?.[1] ?? ''
  return [...nav.matchAll(/<a [^>]*href="([^"]+)"/g)].map((m) => m[1])
}
const meta = (html: string, key: string) => [...html.matchAll(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`, 'g'))].map((m) => m[1])
const jsonLdOf = (html: string) => JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!) as Record<string, any>

describe('pages a reader expects', () => {
  it('should keep the language switcher and hreflang alternates on page 2 of a home (regression: only its own language)', async () => {
    // English and Russian have two pages each, Uzbek one: page 2 has no Uzbek equivalent.
    const {read} = await buildSite({...releases('en', 3), ...releases('ru', 3), ...releases('uz', 1)})
    const page2 = await read('en/page/2/index.html')
    expect(alternates(page2)).toEqual([
      'en https://news.test/en/page/2/',
      'ru https://news.test/ru/page/2/',
      'x-default https://news.test/en/page/2/'
    ])
    expect(switcherLinks(page2)).toEqual(['/ru/page/2/', '/uz/'])
    expect(page2).toContain('<span lang="en" aria-current="page">English</span>')
  })

  it('should keep the language switcher and hreflang alternates on page 2 of a tag', async () => {
    const {read} = await buildSite({...releases('en', 3), ...releases('ru', 3), ...releases('uz', 1)})
    const page2 = await read('ru/tags/economy/page/2/index.html')
    expect(alternates(page2)).toEqual([
      'en https://news.test/en/tags/economy/page/2/',
      'ru https://news.test/ru/tags/economy/page/2/',
      'x-default https://news.test/en/tags/economy/page/2/'
    ])
    expect(switcherLinks(page2)).toEqual(['/en/tags/economy/page/2/', '/uz/tags/economy/'])
  })

  it('should show the summary as a standfirst under the headline, on the article and the AMP page', async () => {
    const {read} = await buildSite({'content/2024/05/plain.en.md': release({summary: 'What <b>it</b> means & why.'})})
    for (const path of ['en/2024/05/plain/index.html', 'en/2024/05/plain/amp/index.html']) {
      expect(await read(path)).toContain('<h1>A release</h1><p class="standfirst">What &#x3C;b>it&#x3C;/b> means &#x26; why.</p>')
    }
  })

  it('should show the lead image as a thumbnail picture of its renditions in home and tag lists', async () => {
    const {read} = await buildSite({
      'content/2024/05/pictured.en.md': release({title: 'Pictured', tags: ['economy'], image: {src: '/media/photo.png', alt: 'Photo'}}),
      'content/2024/05/plain.en.md': release({title: 'Plain', date: '2024-05-09T09:30:00+05:00', tags: ['economy']})
    })
    for (const path of ['en/index.html', 'en/tags/economy/index.html']) {
      const html = await read(path)
      expect(html).toContain(
        '<article><picture><source type="image/avif" srcset="/media/photo-1.avif 1w" sizes="7.5rem"><source type="image/webp" srcset="/media/photo-1.webp 1w" sizes="7.5rem">' +
          '<img class="release-thumbnail" src="/media/photo-1.png" srcset="/media/photo-1.png 1w" sizes="7.5rem" alt="" width="1" height="1" loading="lazy" decoding="async"></picture>' +
          '<h2><a href="/en/2024/05/pictured/">Pictured</a></h2>'
      )
      expect(html).toContain('<article><h2><a href="/en/2024/05/plain/">Plain</a></h2>')
    }
  })

  it('should show a Markdown image’s title as its visible caption, valid in HTML and AMP', async () => {
    const {root, read} = await buildSite({
      'content/2024/05/captioned.en.md': release({}, 'Text.\n\n![Solar panels](/media/photo.png "Panels near <Navoi> & co")\n\nMore.')
    })
    const html = await read('en/2024/05/captioned/index.html')
    expect(html).toMatch(
      /<figure class="captioned-image"><picture>(?:<source [^>]*>){2}<img [^>]*src="\/media\/photo-1.png" [^>]*alt="Solar panels"[^>]*><\/picture><figcaption>Panels near &#x3C;Navoi> &#x26; co<\/figcaption><\/figure>/
    )
    expect(html).not.toContain('title="Panels')
    const amp = await read('en/2024/05/captioned/amp/index.html')
    expect(amp).toMatch(
      /<figure class="captioned-image"><amp-img [^>]*><\/amp-img><figcaption>Panels near &#x3C;Navoi> &#x26; co<\/figcaption><\/figure>/
    )
    expect(await validateAmp(amp)).toEqual({status: 'PASS', errors: []})
    expect(nuCheck([join(root, 'dist/en/2024/05/captioned/index.html')])).toEqual([])
  })

  it('should give times with their zone in each language, and the offset to machines', async () => {
    const {read} = await buildSite({
      'content/2024/05/timed.en.md': release({date: '2024-05-10T18:00:00+05:00'}),
      'content/2024/05/timed.ru.md': release({date: '2024-05-10T18:00:00+05:00'}),
      'content/2024/05/timed.uz.md': release({date: '2024-05-10T18:00:00+05:00'})
    })
    expect(await read('en/2024/05/timed/index.html')).toContain('<time datetime="2024-05-10T18:00:00+05:00">10 May 2024, 18:00, Tashkent time</time>')
    expect(await read('ru/2024/05/timed/index.html')).toContain('>10 мая 2024 г., 18:00 по ташкентскому времени</time>')
    expect(await read('uz/2024/05/timed/amp/index.html')).toMatch(/>[^<]*18:00, Toshkent vaqti<\/time>/)
  })

  it('should show the agency logo in the header of HTML and AMP pages, and use it as the favicon', async () => {
    const {read} = await buildSite({'content/2024/05/plain.en.md': release()})
    const html = await read('en/2024/05/plain/index.html')
    expect(html).toContain('<a class="site-name" href="/en/"><img class="site-logo" src="/media/logo.png" alt="Dunyo" width="32" height="32"></a>')
    expect(html).toContain('<link rel="icon" type="image/png" href="/media/logo.png">')
    const amp = await read('en/2024/05/plain/amp/index.html')
    expect(amp).toContain('<amp-img class="site-logo" src="/media/logo.png" alt="Dunyo" width="32" height="32" layout="fixed"></amp-img>')
    expect(amp).toContain('<link rel="icon" type="image/png" href="/media/logo.png">')
    expect(await validateAmp(amp)).toEqual({status: 'PASS', errors: []})
  })

  it('should write /404.html at the root, in the default language', async () => {
    const {read} = await buildSite({'content/2024/05/plain.en.md': release()})
    const page = await read('404.html')
    expect(page).toContain('<html lang="en">')
    expect(page).toContain('<h1>Page not found</h1>')
    expect(page).not.toContain('rel="canonical"')
  })

  it('should leave no empty <nav> on the root page', async () => {
    const {read} = await buildSite({'content/2024/05/plain.en.md': release()})
    const root = await read('index.html')
    expect(root).not.toContain('<nav')
    expect(root).toContain('class="language-chooser"')
  })

  it('should ship a print stylesheet and a dark scheme in the site CSS, which AMP pages inline too', async () => {
    const {read} = await buildSite({'content/2024/05/plain.en.md': release()})
    const css = await read('assets/site.css')
    const print = /@media print \{([\s\S]*?)\n\}/.exec(css)?.[1] ?? ''
    expect(print).toMatch(/\.language-switcher[^{]*\{ display: none; \}/)
    expect(print).toContain('.pagination')
    expect(print).toContain('content: " (" attr(href) ")"')
    expect(css).toMatch(/@media \(prefers-color-scheme: dark\) \{\s*:root \{/)
    const amp = await read('en/2024/05/plain/amp/index.html')
    expect(amp).toContain('@media print')
    expect(amp).toContain('prefers-color-scheme: dark')
  })

  it("should give every article an image for JSON-LD (16:9, 4:3 and 1:1 crops), og:image and twitter:image (its share card): its own, else the site default's", async () => {
    const config = `${fixtureConfig}defaultImage: /media/photo.png\n`
    const {read} = await buildSite(
      {
        'content/2024/05/pictured.en.md': release({image: {src: '/media/logo.png', alt: 'The logo'}}),
        'content/2024/05/plain.en.md': release()
      },
      config
    )
    const own = await read('en/2024/05/pictured/index.html')
    expect(meta(own, 'og:image')).toEqual(['https://news.test/media/logo-share.png'])
    expect(meta(own, 'og:image:alt')).toEqual(['The logo'])
    expect(meta(own, 'twitter:image')).toEqual(['https://news.test/media/logo-share.png'])
    const plain = await read('en/2024/05/plain/index.html')
    expect(meta(plain, 'og:image')).toEqual(['https://news.test/media/photo-share.png'])
    expect(meta(plain, 'twitter:image')).toEqual(['https://news.test/media/photo-share.png'])
    expect(meta(plain, 'twitter:card')).toEqual(['summary_large_image'])
    for (const html of [plain, await read('en/2024/05/plain/amp/index.html')]) {
      expect(jsonLdOf(html).image).toEqual(
        ['16x9', '4x3', '1x1'].map((ratio) => ({'@type': 'ImageObject', url: `https://news.test/media/photo-${ratio}.png`, width: 1, height: 1}))
      )
    }
  })

  it('should refuse a default image outside /media/, at its line in site.yaml', () => {
    const {problems} = parseSiteConfig(`${fixtureConfig}defaultImage: /assets/photo.png\n`, 'site.yaml')
    expect(problems.map(formatDiagnostic)).toEqual([expect.stringMatching(/^site\.yaml:10:15 error "defaultImage": expected a path under \/media\//)])
  })

  it('should refuse a default image that is not in content/media/', async () => {
    const root = await makeSite(
      {'content/media/logo.png': tinyPng, 'content/2024/05/plain.en.md': release()},
      {config: `${fixtureConfig}defaultImage: /media/gone.png\n`}
    )
    const result = await build({root})
    expect(result.ok).toBe(false)
    expect(result.diagnostics.map(formatDiagnostic)).toContainEqual(
      expect.stringMatching(/^site\.yaml error "defaultImage": image \/media\/gone\.png not found/)
    )
  })

  it('should name each other Open Graph locale once (uz-Latn and uz-Cyrl are both uz_UZ)', async () => {
    const {read} = await buildSite(
      {'content/2024/05/plain.en.md': release(), 'content/2024/05/plain.ru.md': release(), 'content/2024/05/plain.uz.md': release()},
      fixtureConfigWithCyrillic
    )
    expect(meta(await read('en/2024/05/plain/index.html'), 'og:locale:alternate')).toEqual(['ru_RU', 'uz_UZ'])
    const uz = await read('uz/2024/05/plain/index.html')
    expect(meta(uz, 'og:locale')).toEqual(['uz_UZ'])
    expect(meta(uz, 'og:locale:alternate')).toEqual(['en_GB', 'ru_RU'])
  })

  it('should make the agency an Organization author when no person signs, and a Person otherwise', async () => {
    const {read} = await buildSite({'content/2024/05/unsigned.en.md': release(), 'content/2024/05/signed.en.md': release({author: 'Aziza Karimova'})})
    const unsigned = await read('en/2024/05/unsigned/index.html')
    expect(jsonLdOf(unsigned).author).toEqual({'@type': 'Organization', name: 'Dunyo', url: 'https://news.test/en/'})
    expect(unsigned).toContain('<p>By Dunyo · 1 minute read</p>')
    expect(jsonLdOf(await read('en/2024/05/signed/index.html')).author).toEqual({'@type': 'Person', name: 'Aziza Karimova'})
  })

  it('should spell the agency’s name as the locale file does, in header, byline, footer and structured data', async () => {
    const ru = JSON.parse(await readFile(new URL('../../locales/ru.json', import.meta.url), 'utf8')) as {site: {name: string}}
    ru.site.name = 'Дунё & Ко'
    const root = await makeSite({
      'content/media/logo.png': tinyPng,
      'content/2024/05/plain.ru.md': release(),
      'locales/ru.json': JSON.stringify(ru)
    })
    expect((await build({root})).ok).toBe(true)
    const html = await readFile(join(root, 'dist/ru/2024/05/plain/index.html'), 'utf8')
    expect(html).toContain('alt="Дунё &#x26; Ко"')
    expect(html).toContain('<p>Автор: Дунё &#x26; Ко · 1 минута чтения</p>')
    expect(html).toContain('© Информационное агентство «Дунё &#x26; Ко».')
    const data = jsonLdOf(html)
    expect([data.author.name, data.publisher.name]).toEqual(['Дунё & Ко', 'Дунё & Ко'])
  })
})
