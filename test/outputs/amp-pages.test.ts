import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {build} from '../../pipeline/build.ts'
import {formatDiagnostic} from '../../pipeline/diagnostics/diagnostic.ts'
import {validateAmp} from '../support/amp-validator.ts'
import {fixtureConfig, makeSite, release, tinyPng} from '../support/site-fixture.ts'
import {hostileBody} from '../fixtures/hostile-release.ts'

const articlePath = 'en/2024/05/hostile'

async function buildHostile(config = fixtureConfig) {
  const root = await makeSite(
    {
      'content/media/logo.png': tinyPng,
      'content/media/photo.png': tinyPng,
      'content/2024/05/hostile.en.md': release(
        {title: 'Hostile <b>input</b> & “quotes”', image: {src: '/media/photo.png', alt: 'Photo'}},
        hostileBody
      )
    },
    {config}
  )
  const result = await build({root})
  return {root, result, read: (path: string) => readFile(join(root, 'dist', path), 'utf8')}
}

describe('AMP pages', () => {
  it('should pass the official AMP validator for hostile input, keeping its text', async () => {
    const {read, result} = await buildHostile()
    expect(result.ok).toBe(true)
    const amp = await read(`${articlePath}/amp/index.html`)
    expect(await validateAmp(amp)).toEqual({status: 'PASS', errors: []})
    for (const text of [
      'Opening paragraph with',
      'this link text stays',
      'Inline styled paragraph text.',
      'Your e-mail',
      'Closing paragraph survives.',
      '<td class="align-right">2099</td>'
    ]) {
      expect(amp).toContain(text)
    }
    for (const gone of [
      'alert(',
      'onerror',
      'onmouseover',
      'style="',
      '!important',
      'javascript:',
      '<iframe',
      '<object',
      '<embed',
      '<form',
      '<input',
      'editor’s comment',
      '<img'
    ]) {
      expect(amp).not.toContain(gone)
    }
  })

  it('should turn a YouTube iframe into amp-youtube and load only that extension', async () => {
    const {read} = await buildHostile()
    const amp = await read(`${articlePath}/amp/index.html`)
    expect(amp).toContain('<amp-youtube data-videoid="dQw4w9WgXcQ" layout="responsive" width="480" height="270"></amp-youtube>')
    expect([...amp.matchAll(/custom-element="([^"]+)"/g)].map((m) => m[1])).toEqual(['amp-youtube'])
    const html = await read(`${articlePath}/index.html`)
    expect(html).toContain('<a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ">Forum opening video</a>')
    expect(html).not.toContain('<iframe')
  })

  it('should load no extension script on a page that uses none', async () => {
    const root = await makeSite({'content/media/logo.png': tinyPng, 'content/2024/05/plain.en.md': release({}, 'Just text.')})
    await build({root})
    const amp = await readFile(join(root, 'dist/en/2024/05/plain/amp/index.html'), 'utf8')
    expect(amp).not.toContain('custom-element=')
    expect(await validateAmp(amp)).toEqual({status: 'PASS', errors: []})
  })

  it('should warn, naming the file, about the iframe it dropped and the image of unknown size', async () => {
    const {result} = await buildHostile()
    const warnings = result.diagnostics.filter((d) => d.severity === 'warning').map(formatDiagnostic)
    expect(warnings).toContainEqual(
      expect.stringMatching(/^content\/2024\/05\/hostile\.en\.md:13:1 warning iframe from https:\/\/maps\.example\.test\/embed\?q=Tashkent removed/)
    )
    expect(warnings).toContainEqual(
      expect.stringMatching(/^content\/2024\/05\/hostile\.en\.md:25:1 warning image https:\/\/images\.example\.test\/chart\.png has no known size/)
    )
  })

  it('should link the HTML and AMP pages to each other', async () => {
    const {read} = await buildHostile()
    expect(await read(`${articlePath}/index.html`)).toContain(`<link rel="amphtml" href="https://news.test/${articlePath}/amp/">`)
    expect(await read(`${articlePath}/amp/index.html`)).toContain(`<link rel="canonical" href="https://news.test/${articlePath}/">`)
  })

  it('should pass the AMP validator with broken images and links: no nested link, no <a>undefined</a>, no __amp_source_origin', async () => {
    const body = [
      '[![moon](https://images.example.test/moon.jpg)](/uri) and [![Local](/media/photo.png)](/en/)',
      '',
      '<img src="javascript:alert(1)" alt="unsafe"> <img src="data:image/png;base64,AAAA"> text after',
      '',
      '[origin](https://example.org/?__amp_source_origin=https://evil.test) ![origin image](https://images.example.test/__amp_source_origin.png) [empty host](https://)'
    ].join('\n')
    const root = await makeSite({
      'content/media/logo.png': tinyPng,
      'content/media/photo.png': tinyPng,
      'content/2024/05/broken.en.md': release({}, body)
    })
    expect((await build({root})).ok).toBe(true)
    const amp = await readFile(join(root, 'dist/en/2024/05/broken/amp/index.html'), 'utf8')
    expect(await validateAmp(amp)).toEqual({status: 'PASS', errors: []})
    const article = /<article[\s\S]*<\/article>/.exec(amp)![0]
    expect(article).toContain('<a href="/uri"><span>moon</span></a>')
    expect(article).not.toMatch(/<a [^>]*>(?:(?!<\/a>)[\s\S])*<a /)
    expect(article).not.toMatch(/undefined|__amp_source_origin/)
    for (const text of ['unsafe', 'text after', 'origin image', 'empty host']) expect(article).toContain(text)
  })

  it('should write no AMP page and no amphtml link when the site turns AMP off', async () => {
    const {root, read, result} = await buildHostile(`${fixtureConfig}amp: false\n`)
    expect(result.ok).toBe(true)
    expect(await read(`${articlePath}/index.html`)).not.toContain('amphtml')
    await expect(readFile(join(root, 'dist', articlePath, 'amp/index.html'))).rejects.toThrow(/ENOENT/)
  })
})
