import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseSiteConfig} from '../../pipeline/validate/read-site-config.ts'
import {loadLocaleResources} from '../../pipeline/localize/locale-resources.ts'
import {slugFromTitle} from '../../pipeline/localize/slug-from-title.ts'
import {transliterateUzbek} from '../../pipeline/localize/transliterate-uzbek.ts'
import {normalizeUzbekApostrophes} from '../../pipeline/load/uzbek-apostrophes.ts'
import {renderRelease} from '../../pipeline/render/render-release.ts'
import {readReleaseDocument} from '../../pipeline/validate/read-release-document.ts'
import {runCli} from '../support/run-cli.ts'
import {fixtureConfig, makeSite, release, repoRoot, tinyPng} from '../support/site-fixture.ts'

interface Case {
  /** As an editor typed it. */
  readonly input: string
  readonly normalized: string
  /** Marks normalization changed, as `matbuot check` reports them. */
  readonly changes: number
  readonly slug: string
  /** With no dictionary entries, so only the letter rules speak. */
  readonly cyrillic: string
}

/** One table for every reader of the marks: what normalizing, slugs and transliteration make of them. */
const cases: readonly Case[] = [
  {input: "O'zbekiston", normalized: 'Oʻzbekiston', changes: 1, slug: 'ozbekiston', cyrillic: 'Ўзбекистон'},
  {input: 'O‘zbekiston', normalized: 'Oʻzbekiston', changes: 1, slug: 'ozbekiston', cyrillic: 'Ўзбекистон'},
  {input: 'O’zbekiston', normalized: 'Oʻzbekiston', changes: 1, slug: 'ozbekiston', cyrillic: 'Ўзбекистон'},
  {input: 'O`zbekiston', normalized: 'Oʻzbekiston', changes: 1, slug: 'ozbekiston', cyrillic: 'Ўзбекистон'},
  {input: 'O´zbekiston', normalized: 'Oʻzbekiston', changes: 1, slug: 'ozbekiston', cyrillic: 'Ўзбекистон'},
  {input: 'Oʼzbekiston', normalized: 'Oʻzbekiston', changes: 1, slug: 'ozbekiston', cyrillic: 'Ўзбекистон'},
  {input: "O'ZBEKISTON", normalized: 'OʻZBEKISTON', changes: 1, slug: 'ozbekiston', cyrillic: 'ЎЗБЕКИСТОН'},
  {input: "yo'l", normalized: 'yoʻl', changes: 1, slug: 'yol', cyrillic: 'йўл'},
  {input: "g'alaba", normalized: 'gʻalaba', changes: 1, slug: 'galaba', cyrillic: 'ғалаба'},
  {input: "bog'da", normalized: 'bogʻda', changes: 1, slug: 'bogda', cyrillic: 'боғда'},
  {input: "tog' va bog'", normalized: 'togʻ va bogʻ', changes: 2, slug: 'tog-va-bog', cyrillic: 'тоғ ва боғ'},
  {input: "g' harfi", normalized: 'gʻ harfi', changes: 1, slug: 'g-harfi', cyrillic: 'ғ ҳарфи'},
  {input: "ma'lumot", normalized: 'maʼlumot', changes: 1, slug: 'malumot', cyrillic: 'маълумот'},
  {input: 'ta’lim', normalized: 'taʼlim', changes: 1, slug: 'talim', cyrillic: 'таълим'},
  {input: 'san´at', normalized: 'sanʼat', changes: 1, slug: 'sanat', cyrillic: 'санъат'},
  {input: 'maʻlumot', normalized: 'maʼlumot', changes: 1, slug: 'malumot', cyrillic: 'маълумот'},
  {input: "Is'hoq", normalized: 'Isʼhoq', changes: 1, slug: 'ishoq', cyrillic: 'Исҳоқ'},
  {
    input: "O'zbekiston va g'alaba, ma'lumot",
    normalized: 'Oʻzbekiston va gʻalaba, maʼlumot',
    changes: 3,
    slug: 'ozbekiston-va-galaba-malumot',
    cyrillic: 'Ўзбекистон ва ғалаба, маълумот'
  },
  {
    input: 'Oʻzbekiston Respublikasi taʼlim vazirligi',
    normalized: 'Oʻzbekiston Respublikasi taʼlim vazirligi',
    changes: 0,
    slug: 'ozbekiston-respublikasi-talim-vazirligi',
    cyrillic: 'Ўзбекистон Республикаси таълим вазирлиги'
  },
  // Quotation marks are not letters: a quote closed after g stays a quote.
  {input: "'Toshkent' deb atadi", normalized: "'Toshkent' deb atadi", changes: 0, slug: 'toshkent-deb-atadi', cyrillic: "'Тошкент' деб атади"},
  {input: '‘Katta tog’ dedi', normalized: '‘Katta tog’ dedi', changes: 0, slug: 'katta-tog-dedi', cyrillic: '‘Катта тог’ деди'},
  {input: "u 'Bog' dedi", normalized: "u 'Bog' dedi", changes: 0, slug: 'u-bog-dedi', cyrillic: "у 'Бог' деди"},
  {input: '“Oʻzbekiston” gazetasi', normalized: '“Oʻzbekiston” gazetasi', changes: 0, slug: 'ozbekiston-gazetasi', cyrillic: '“Ўзбекистон” газетаси'}
]

const noExceptions = () => ({words: {}, stems: {}, keep: []})

describe('Uzbek apostrophes', () => {
  it.each(cases)('should normalize $input as $normalized', ({input, normalized, changes}) => {
    expect(normalizeUzbekApostrophes(input)).toEqual({text: normalized, changes})
  })

  it.each(cases)('should find nothing more to change in $normalized', ({normalized}) => {
    expect(normalizeUzbekApostrophes(normalized)).toEqual({text: normalized, changes: 0})
  })

  it.each(cases)('should make the slug $slug of $input', ({input, normalized, slug}) => {
    expect(slugFromTitle(input)).toBe(slug)
    expect(slugFromTitle(normalized)).toBe(slug)
  })

  it.each(cases)('should transliterate $input as $cyrillic, as typed or normalized', ({input, normalized, cyrillic}) => {
    expect(transliterateUzbek(input, noExceptions())).toBe(cyrillic)
    expect(transliterateUzbek(normalized, noExceptions())).toBe(cyrillic)
  })
})

describe('orthography in releases', () => {
  const {config} = parseSiteConfig(fixtureConfig, 'site.yaml')
  const resourcesPromise = loadLocaleResources(join(repoRoot, 'locales'), ['en', 'ru', 'uz'], 'en')

  async function render(locale: 'en' | 'ru' | 'uz', fields: Record<string, unknown>, body: string) {
    const {resources} = await resourcesPromise
    const {document, body: markdown} = readReleaseDocument({path: `2024/05/x.${locale}.md`, text: release(fields, body)}, 'content')
    return renderRelease({document: document!, body: markdown!, resources: resources[locale]!, config: config!, media: {}})
  }

  it('should normalize Uzbek front matter and body text, but not code or URLs', async () => {
    const rendered = await render(
      'uz',
      {title: "O'zbekiston", summary: 'Ta’lim haqida'},
      "Bog' va ma'lumot `o'g'il` [havola](https://example.test/o'g)"
    )
    expect(rendered.title).toBe('Oʻzbekiston')
    expect(rendered.summary).toBe('Taʼlim haqida')
    expect(rendered.bodyHtml).toContain("Bogʻ va maʼlumot <code>o'g'il</code>")
    expect(rendered.bodyHtml).toContain('href="https://example.test/o&#x27;g"')
    expect(rendered.problems).toContainEqual(
      expect.objectContaining({severity: 'info', message: expect.stringMatching(/^normalized 4 Uzbek apostrophes/)})
    )
  })

  it('should point at the first apostrophe it changed in the body, and count them all', async () => {
    const rendered = await render('uz', {title: 'Ozbek'}, "Bu ma'lumot va bog' haqida.")
    expect(rendered.problems).toEqual([
      expect.objectContaining({
        severity: 'info',
        line: 6,
        column: 6,
        message: expect.stringMatching(/^normalized 2 Uzbek apostrophes, the first of them here/)
      })
    ])
  })

  it('should leave Russian and English text untouched', async () => {
    for (const locale of ['en', 'ru'] as const) {
      const rendered = await render(locale, {title: "O'Brien's news"}, "It's Tashkent's day, g'alaba.")
      expect(rendered.title).toBe("O'Brien's news")
      expect(rendered.bodyHtml).toContain("It's Tashkent's day, g'alaba.")
      expect(rendered.problems).toEqual([])
    }
  })

  it('should be reported per file by matbuot check, as info', async () => {
    const root = await makeSite({'content/media/logo.png': tinyPng, 'content/2024/05/x.uz.md': release({title: "O'zbekiston"}, "Ma'lumot.")})
    const {status, stdout} = runCli(['check', '--format', 'json'], root)
    expect(status).toBe(0)
    expect(JSON.parse(stdout).diagnostics).toContainEqual(
      expect.objectContaining({severity: 'info', file: 'content/2024/05/x.uz.md', message: expect.stringMatching(/^normalized 2 Uzbek apostrophes/)})
    )
  })
})
