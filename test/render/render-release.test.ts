import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseSiteConfig} from '../../pipeline/validate/read-site-config.ts'
import {loadLocaleResources} from '../../pipeline/localize/locale-resources.ts'
import {renderRelease} from '../../pipeline/render/render-release.ts'
import {readReleaseDocument} from '../../pipeline/validate/read-release-document.ts'
import {fixtureConfig, release, repoRoot} from '../support/site-fixture.ts'

const {config} = parseSiteConfig(fixtureConfig, 'site.yaml')
const {resources} = await loadLocaleResources(join(repoRoot, 'locales'), ['en', 'ru', 'uz'], 'en')
const media = {'/media/photo.jpg': {width: 800, height: 450, type: 'image/jpeg', bytes: 1234, digest: 'd'}}

function render(body: string, {locale = 'en', fields = {}}: {locale?: 'en' | 'ru' | 'uz'; fields?: Record<string, unknown>} = {}) {
  const {document, body: markdown} = readReleaseDocument({path: `2024/05/sample.${locale}.md`, text: release(fields, body)}, 'content')
  return renderRelease({document: document!, body: markdown!, resources: resources[locale]!, config: config!, media})
}

describe('renderRelease', () => {
  it('should strip what raw HTML must never bring onto a page, keeping its text', () => {
    const {bodyHtml} = render(
      [
        'Before <script>alert(1)</script> after.',
        '',
        '<img src="/media/photo.jpg" alt="x" onerror="alert(2)"> <a href="javascript:alert(3)">link text</a>',
        '',
        '<iframe src="https://evil.test/"></iframe><object data="x.swf"></object><style>body{}</style>',
        '',
        '<p style="color:red" onclick="x()">styled <!-- a comment --> paragraph</p>',
        '',
        '<form action="/x"><input name="q"></form>'
      ].join('\n')
    )
    for (const forbidden of [
      '<script',
      'alert(',
      'onerror',
      'javascript:',
      '<iframe',
      '<object',
      '<style',
      'style=',
      'onclick',
      '<!--',
      '<form',
      '<input'
    ]) {
      expect(bodyHtml).not.toContain(forbidden)
    }
    expect(bodyHtml).toContain('link text')
    expect(bodyHtml).toContain('styled  paragraph')
  })

  it('should keep the documented safe subset: abbr with its title', () => {
    const {bodyHtml} = render('The <abbr title="Shanghai Cooperation Organisation">SCO</abbr> met.')
    expect(bodyHtml).toContain('<abbr title="Shanghai Cooperation Organisation">SCO</abbr>')
  })

  it('should write footnote words in the release’s language and keep the links working', () => {
    const {bodyHtml} = render('Текст[^1].\n\n[^1]: Примечание.', {locale: 'ru'})
    expect(bodyHtml).toContain('>Примечания</h2>')
    expect(bodyHtml).toContain('aria-label="Вернуться к ссылке 1"')
    expect(bodyHtml).not.toMatch(/Footnotes|Back to reference/)
    const ids = [...bodyHtml.matchAll(/id="([^"]+)"/g)].map((m) => m[1])
    const fragments = [...bodyHtml.matchAll(/href="#([^"]+)"/g)].map((m) => m[1])
    expect(fragments.length).toBeGreaterThan(1)
    for (const fragment of fragments) expect(ids).toContain(fragment)
  })

  it('should turn GFM column alignment into classes, not the obsolete align attribute', () => {
    const {bodyHtml} = render('| a | b |\n|:-:|--:|\n| 1 | 2 |')
    expect(bodyHtml).toContain('class="align-center"')
    expect(bodyHtml).not.toContain('align=')
  })

  it('should give local images their real size and make a missing one an error', () => {
    const {bodyHtml, problems} = render('![A photo](/media/photo.jpg)\n\n![Gone](/media/gone.jpg)')
    expect(bodyHtml).toContain('width="800" height="450"')
    expect(problems).toEqual([
      expect.objectContaining({severity: 'error', line: 8, message: 'image /media/gone.jpg not found, expected a file in content/media/gone.jpg'})
    ])
  })

  it('should localize dates in Asia/Tashkent and the reading time with plural forms', () => {
    const ru = render('слово '.repeat(1000), {locale: 'ru', fields: {date: '2022-08-31T05:00:00Z'}})
    expect(ru.published).toEqual({iso: '2022-08-31T05:00:00Z', text: '31 августа 2022 г., 10:00', dateText: '31 августа 2022 г.'})
    expect(ru.readingTime).toMatch(/^5 минут/)
    const uz = render('soʻz', {locale: 'uz', fields: {date: '2022-08-31T10:00:00+05:00'}})
    expect(uz.published.text).toBe('31-avgust, 2022, 10:00')
  })

  it('should report a tag that has no name in the locale at the tags field', () => {
    const {problems, tags} = render('x', {fields: {tags: ['sco', 'no-such-tag']}})
    expect(tags).toEqual([{id: 'sco', name: 'SCO'}])
    expect(problems).toEqual([
      expect.objectContaining({severity: 'error', field: 'tags', line: 5, message: expect.stringContaining('unknown tag "no-such-tag"')})
    ])
  })
})
