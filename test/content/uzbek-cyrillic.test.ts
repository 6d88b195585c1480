import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {flattenKeys, type ResourceTree} from '../../pipeline/localize/locale-resources.ts'
import {createTranslator, MissingTranslationError} from '../../pipeline/localize/translator.ts'
import {buildContent, filesUnder} from '../support/build-content.ts'
import {repoRoot} from '../support/site-fixture.ts'

const readLocale = async (name: string) => JSON.parse(await readFile(join(repoRoot, 'locales', `${name}.json`), 'utf8')) as ResourceTree
const valueAt = (tree: ResourceTree, key: string) => key.split('.').reduce<unknown>((node, part) => (node as ResourceTree)[part], tree) as string

let dist: string
let cyrillicPages: string[]
beforeAll(async () => {
  dist = await buildContent()
  cyrillicPages = [...(await filesUnder(join(dist, 'uz-cyrl'), '.html')), ...(await filesUnder(join(dist, 'syndication/uz-cyrl'), '.html'))]
})

describe('Uzbek Cyrillic pages built from content/', () => {
  it('should exist for every Uzbek Latin release, with AMP and partner copies', async () => {
    const latin = (await filesUnder(join(dist, 'uz'), '.html')).map((f) => f.slice(join(dist, 'uz').length))
    const cyrillic = (await filesUnder(join(dist, 'uz-cyrl'), '.html')).map((f) => f.slice(join(dist, 'uz-cyrl').length))
    expect(cyrillic).toEqual(latin)
    expect(cyrillic.filter((f) => f.endsWith('/amp/index.html')).length).toBe(11)
  })

  it('should carry no Latin UI string: every interface word comes from uz-Cyrl.json', async () => {
    const [latin, cyrillic] = [await readLocale('uz'), await readLocale('uz-Cyrl')]
    // A language's own name ("Oʻzbekcha" in the switcher) is shown in its own script on purpose.
    const latinOnly = flattenKeys(latin)
      .filter((key) => key !== 'language.name')
      .map((key) =>
        valueAt(latin, key)
          .replace(/\{\{[^}]+\}\}/g, '')
          .trim()
      )
      .filter((value) => /[a-zʻʼ]{3}/i.test(value) && value !== 'Dunyo')
    expect(latinOnly.length).toBeGreaterThan(20)
    for (const page of cyrillicPages) {
      const text = (await readFile(page, 'utf8')).replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, '\n')
      for (const value of latinOnly) expect(text.includes(value), `${page.slice(dist.length)} shows "${value}"`).toBe(false)
    }
    const home = await readFile(join(dist, 'uz-cyrl/index.html'), 'utf8')
    expect(home).toContain(valueAt(cyrillic, 'nav.skipToContent'))
    expect(home).toContain(valueAt(cyrillic, 'home.title'))
  })

  it('should date in Uzbek Cyrillic', async () => {
    const page = await readFile(join(dist, 'uz-cyrl/2022/08/sco-information-security-forum/index.html'), 'utf8')
    expect(page).toContain('<time datetime="2022-08-31T10:00:00+05:00">31 август, 2022, 10:00, Тошкент вақти</time>')
  })
})

describe('the uz-Cyrl translator', () => {
  it('should never fall back to the Latin strings', async () => {
    const cyrillic = await readLocale('uz-Cyrl')
    const {nav, ...withoutNav} = cyrillic as Record<string, ResourceTree>
    expect(nav).toBeDefined()
    const t = createTranslator('uz-Cyrl', withoutNav)
    expect(() => t('nav.skipToContent')).toThrow(MissingTranslationError)
  })
})
