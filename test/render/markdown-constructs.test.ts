import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {build} from '../../pipeline/build.ts'
import {formatDiagnostic} from '../../pipeline/diagnostics/diagnostic.ts'
import {validateAmp} from '../support/amp-validator.ts'
import {nuCheck} from '../support/nu-checker.ts'
import {fixtureConfigWithCyrillic, makeSite, release, tinyPng} from '../support/site-fixture.ts'

/** CommonMark and GFM constructs, and the raw HTML mistakes that once made pages invalid. */
const constructs = [
  '### A body that starts at h3',
  '',
  'Setext heading',
  '--------------',
  '',
  '# A `#` heading in the body',
  '',
  '#### Skipping a level',
  '',
  'Text with *emphasis*, **strong**, ~~strike~~, `code`, a hard  ',
  'break, &copy; &#0; &bogus; and \\* an escape.',
  '',
  '> A quote',
  '>',
  '> > nested, with a [link](https://example.org/a "title")',
  '',
  '1. one',
  '2. two',
  '   - nested',
  '',
  '     loose paragraph',
  '- [ ] open task',
  '- [x] done task',
  '',
  '* * *',
  '',
  '```js',
  'const a = 1 < 2',
  '```',
  '',
  '| Left | Center | Right |',
  '|:-----|:------:|------:|',
  '| a | b | c |',
  '| only one |',
  '|',
  '| 1 <td>x</td> | `a \\| b` | <b>open |',
  '',
  'Autolinks <https://example.org/x>, <info@example.org>, www.example.org and https://пример.рф/путь.',
  '',
  'Footnotes[^1], again[^1], in a [link[^2]](https://example.org/) and with a hash[^a#b].',
  '',
  '[^1]: A note.',
  '[^2]: Another.',
  '[^a#b]: A label with a hash.',
  '',
  '![Local](/media/photo.png) ![Remote](https://images.example.test/a.png) [![moon](https://images.example.test/moon.jpg)](/uri)',
  '',
  'Not URLs: [empty host](https://), [dots](https://../), [host](https://foo.bar.%60baz), [space](<a b>), [backtick](https://example.org/`x`), [backslash](https://example.org/a\\b), [pct](https://example.org/100%zz), [a](<b>c) stays in its paragraph.',
  '',
  '<a href="https://x.test/a b">raw space</a> <a href="https://x.test/a\\b">raw backslash</a> <img src="https://x.test/__amp_source_origin" alt="amp origin"> <blockquote cite="https://x.test/a b">cited</blockquote>',
  '',
  '<img src="javascript:alert(1)" alt="unsafe"> <img src="data:image/png;base64,AAAA"> <img alt="no src">',
  '',
  'Intro <pre>',
  '',
  'text after an inline pre',
  '',
  '</pre>',
  '',
  '<pre>',
  '',
  'a pre block',
  '',
  '</pre>',
  '',
  'Unclosed <b>bold, <button>button, <svg><g>svg, <a href="/en/">link and <table><tr><td>table',
  '',
  'An <a href="https://example.org/">anchor left open',
  '',
  '<div><b>an HTML block left open',
  '',
  '<details><summary>More</summary>',
  '',
  'Markdown after a raw opening tag.',
  '',
  '</details>',
  '',
  '<h6>A raw heading</h6> <li>stray item</li>',
  '',
  '## Heading <div>with a div</div>',
  '',
  '<ul><b>text in a list</b></ul> <dl>text in a dl</dl> <summary>stray</summary> <figcaption>stray</figcaption>',
  '',
  '<figure><figcaption>a</figcaption><img src="/media/photo.png" alt="x"><figcaption>b</figcaption></figure>',
  '',
  '<p dir="sideways" lang="english"><time datetime="bogus">a time</time> <span id="a">1</span><span id="a">2</span></p>',
  '',
  '<table><caption>Cap</caption><tr><td colspan="3" rowspan="4">wide</td></tr><tr></tr></table>',
  '',
  '<textarea>typed</textarea> <select><option>first</option></select> <!-- a comment --> <?php echo 1; ?>',
  '',
  `${'<span>'.repeat(300)}deep${'</span>'.repeat(300)}`,
  '',
  'Last paragraph.'
].join('\n')

async function buildRelease(body: string, fields: Record<string, unknown> = {}, config?: string) {
  const root = await makeSite(
    {
      'content/media/logo.png': tinyPng,
      'content/media/photo.png': tinyPng,
      'content/2024/05/constructs.uz.md': release({title: 'Sinov', ...fields}, body)
    },
    config === undefined ? {} : {config}
  )
  const result = await build({root})
  return {root, result, read: (path: string) => readFile(join(root, 'dist', path), 'utf8')}
}

describe('a release with every Markdown construct and broken raw HTML', () => {
  it('should build pages the Nu Html Checker and the AMP validator accept, in both Uzbek scripts', async () => {
    const {root, result, read} = await buildRelease(constructs, {}, fixtureConfigWithCyrillic)
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
    expect(result.ok).toBe(true)
    const pages = ['uz/2024/05/constructs/index.html', 'uz-cyrl/2024/05/constructs/index.html']
    expect(
      nuCheck(pages.map((page) => join(root, 'dist', page))).map((m) => `${m.url.replace(/^.*\/dist\//, '')}:${m.lastLine} ${m.message}`)
    ).toEqual([])
    for (const page of pages) {
      expect(await validateAmp(await read(page.replace('index.html', 'amp/index.html')))).toEqual({status: 'PASS', errors: []})
    }
    const html = await read(pages[0]!)
    for (const text of ['text after an inline pre', 'Markdown after a raw opening tag.', 'raw space', 'unsafe', 'typed', 'deep', 'Last paragraph.'])
      expect(html).toContain(text)
  })

  it('should report a link with an empty host where it is written, and build', async () => {
    const {result} = await buildRelease('Intro.\n\nSee [empty host](https://).')
    expect(result.ok).toBe(true)
    expect(result.diagnostics.map(formatDiagnostic)).toContainEqual(
      expect.stringMatching(/^content\/2024\/05\/constructs\.uz\.md:8:5 warning Unexpected empty host in the link URL "https:\/\/"/)
    )
  })

  it('should fail on an image missing from content/media/, reporting it once where it is written, Cyrillic version or not', async () => {
    const {result} = await buildRelease(
      'Intro.\n\n![Gone](/media/gone.jpg)\n\n<img src="/media/raw-gone.png" alt="raw">',
      {image: {src: '/media/cover-gone.jpg', alt: 'Cover'}},
      fixtureConfigWithCyrillic
    )
    expect(result.ok).toBe(false)
    expect(result.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic)).toEqual([
      'content/2024/05/constructs.uz.md:5:8 error "image.src": image /media/cover-gone.jpg not found, expected a file at content/media/cover-gone.jpg',
      'content/2024/05/constructs.uz.md:9:1 error image /media/gone.jpg not found, expected a file in content/media/gone.jpg',
      'content/2024/05/constructs.uz.md:11:1 error image /media/raw-gone.png not found, expected a file in content/media/raw-gone.png'
    ])
  })
})
