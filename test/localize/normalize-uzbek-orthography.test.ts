import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseSiteConfig} from '../../pipeline/config/site-config.ts'
import {normalizeUzbekOrthography} from '../../pipeline/localize/normalize-uzbek-orthography.ts'
import {loadLocaleResources} from '../../pipeline/localize/locale-resources.ts'
import {renderRelease} from '../../pipeline/render/render-release.ts'
import {readReleaseDocument} from '../../pipeline/validate/read-release-document.ts'
import {runCli} from '../support/run-cli.ts'
import {fixtureConfig, makeSite, release, repoRoot, tinyPng} from '../support/site-fixture.ts'

describe('normalizeUzbekOrthography', () => {
  const variants = ["'", '‘', '’', '`', '´', 'ʼ']
  for (const mark of variants) {
    it(`should turn ${JSON.stringify(mark)} after o and g into ʻ (U+02BB) and between other letters into ʼ (U+02BC)`, () => {
      expect(normalizeUzbekOrthography(`O${mark}zbekiston va g${mark}alaba, ma${mark}lumot, ta${mark}lim`)).toEqual({
        text: 'Oʻzbekiston va gʻalaba, maʼlumot, taʼlim',
        // ʼ between letters is already right; only its use after o and g is changed.
        changes: mark === 'ʼ' ? 2 : 4
      })
    })
  }

  it('should keep capitals and word-final gʻ', () => {
    expect(normalizeUzbekOrthography("O'ZBEKISTON, tog' va bog'").text).toBe('OʻZBEKISTON, togʻ va bogʻ')
  })

  it('should fix a turned comma used as the tutuq belgisi', () => {
    expect(normalizeUzbekOrthography('maʻlumot').text).toBe('maʼlumot')
  })

  it('should leave quotation marks alone', () => {
    for (const quoted of ["'Toshkent' deb atadi", '‘Katta tog’ dedi', '“Oʻzbekiston” gazetasi', '«Dunyo» agentligi', "u 'Bog' dedi"]) {
      expect(normalizeUzbekOrthography(quoted)).toEqual({text: quoted, changes: 0})
    }
  })

  it('should count nothing in text that is already right', () => {
    expect(normalizeUzbekOrthography('Oʻzbekiston Respublikasi taʼlim vazirligi').changes).toBe(0)
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
    const rendered = await render('uz', {title: "O'zbekiston", summary: 'Ta’lim haqida'}, "Bog' va ma'lumot `o'g'il` [havola](https://example.test/o'g)")
    expect(rendered.title).toBe('Oʻzbekiston')
    expect(rendered.summary).toBe('Taʼlim haqida')
    expect(rendered.bodyHtml).toContain('Bogʻ va maʼlumot <code>o\'g\'il</code>')
    expect(rendered.bodyHtml).toContain('href="https://example.test/o&#x27;g"')
    expect(rendered.problems).toContainEqual(expect.objectContaining({severity: 'info', message: expect.stringMatching(/^normalized 4 Uzbek apostrophes/)}))
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
    expect(JSON.parse(stdout).diagnostics).toContainEqual(expect.objectContaining({severity: 'info', file: 'content/2024/05/x.uz.md', message: expect.stringMatching(/^normalized 2 Uzbek apostrophes/)}))
  })
})
