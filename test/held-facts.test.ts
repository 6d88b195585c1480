import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {heldDocument, HeldFacts} from '../pipeline/held-facts.ts'
import {loadLocaleResources} from '../pipeline/localize/locale-resources.ts'
import {renderRelease, type RenderedRelease} from '../pipeline/render/render-release.ts'
import {SharedValues} from '../pipeline/shared-values.ts'
import {parseSiteConfig} from '../pipeline/validate/read-site-config.ts'
import {readReleaseDocument} from '../pipeline/validate/read-release-document.ts'
import {fixtureConfig, release, repoRoot} from './support/site-fixture.ts'

const {config} = parseSiteConfig(fixtureConfig, 'site.yaml')
const {resources} = await loadLocaleResources(join(repoRoot, 'locales'), ['en', 'ru', 'uz'], 'en')
const media = {'/media/photo.jpg': {width: 800, height: 450, type: 'image/jpeg', bytes: 1234, digest: 'd'}}
const fields = {
  tags: ['economy', 'energy'],
  dateline: 'Tashkent',
  author: 'Dunyo correspondent',
  image: {src: '/media/photo.jpg', alt: 'The forum hall'},
  corrections: [{date: '2024-05-11T10:00:00+05:00', note: 'The figure was corrected.'}]
}

function load(locale: 'en' | 'ru' | 'uz', text: string) {
  const {document, body} = readReleaseDocument({path: `2024/05/sample.${locale}.md`, text}, 'content')
  return {document: document!, body: body!}
}

function rendered(locale: 'en' | 'ru' | 'uz', text: string): RenderedRelease {
  const {document, body} = load(locale, text)
  return {...renderRelease({document, body, resources: resources[locale]!, config: config!, media}), key: 'k'}
}

describe('what a build keeps of each release', () => {
  it('should keep a loaded document exactly as it was read, field for field and in the same order', () => {
    const {document} = load('en', release(fields, 'Body.'))
    const held = heldDocument(document, 'content/2024/05/sample.en.md', new SharedValues())
    expect(JSON.stringify(held)).toBe(JSON.stringify(document))
  })

  it('should keep one copy of what the languages of a release and files of one layout hold alike', () => {
    const shared = new SharedValues()
    const en = heldDocument(load('en', release(fields)).document, 'content/2024/05/sample.en.md', shared)
    const ru = heldDocument(load('ru', release({...fields, title: 'Пресс-релиз'})).document, 'content/2024/05/sample.ru.md', shared)
    expect(ru.positions).toBe(en.positions)
    expect(ru.frontMatter.tags).toBe(en.frontMatter.tags)
  })

  it('should keep a render’s facts unchanged but its site links, which are checked as it arrives', () => {
    const text = release(fields, 'See [the other release](/en/2024/05/other/) and ![chart](/media/photo.jpg).')
    const render = rendered('en', text)
    expect(render.siteLinks.length).toBeGreaterThan(0)
    const held = new HeldFacts(media, new SharedValues()).of(render, load('en', text).document)
    expect(JSON.stringify(held)).toBe(JSON.stringify({...render, siteLinks: []}))
  })

  it('should give releases alike one copy of their tags and empty lists', () => {
    const facts = new HeldFacts(media, new SharedValues())
    const first = facts.of(rendered('en', release({...fields, corrections: []})), undefined)
    const second = facts.of(rendered('en', release({...fields, corrections: [], title: 'Another', date: '2024-05-10T15:00:00+05:00'})), undefined)
    expect(second.tags).toBe(first.tags)
    expect(second.corrections).toBe(first.corrections)
    expect(second.problems).toBe(first.problems)
  })
})
