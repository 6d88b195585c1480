import {describe, expect, it} from 'vitest'
import {parseSiteConfig} from '../../pipeline/validate/read-site-config.ts'
import {createSitePaths} from '../../pipeline/config/urls.ts'
import {fixtureConfigWithCyrillic} from '../support/site-fixture.ts'

/** English at its code, Uzbek under a prefix of its own, Uzbek Cyrillic at its code in lowercase. */
const {config} = parseSiteConfig(fixtureConfigWithCyrillic.replace('label: Oʻzbekcha}', 'label: Oʻzbekcha, prefix: ozb}'), 'site.yaml')
const paths = createSitePaths(config!)
const ref = {year: '2024', month: '05', slug: 'budget'}

describe('reading a site path back', () => {
  it('should name the page each built path was built for, under every configured prefix', () => {
    for (const locale of ['en', 'uz', 'uz-Cyrl'] as const) {
      expect(paths.pageAt(paths.home(locale))).toEqual({kind: 'home', locale, page: 1})
      expect(paths.pageAt(paths.home(locale, 3))).toEqual({kind: 'home', locale, page: 3})
      expect(paths.pageAt(paths.tag(locale, 'economy'))).toEqual({kind: 'tag', locale, tag: 'economy', page: 1})
      expect(paths.pageAt(paths.tag(locale, 'economy', 12))).toEqual({kind: 'tag', locale, tag: 'economy', page: 12})
      expect(paths.pageAt(paths.release(locale, ref))).toEqual({kind: 'release', locale, ...ref})
      expect(paths.pageAt(paths.amp(locale, ref))).toEqual({kind: 'amp', locale, ...ref})
    }
  })

  it('should read a link as a browser would: without its final slash, query or fragment', () => {
    for (const href of ['/ozb/2024/05/budget', '/ozb/2024/05/budget/#main', '/ozb/2024/05/budget?utm=x']) {
      expect(paths.pageAt(href)).toEqual({kind: 'release', locale: 'uz', ...ref})
    }
  })

  it('should name no page for a path the site does not build', () => {
    const others = [
      '/',
      '/uz/2024/05/budget/',
      '/ozb/page/1/',
      '/ozb/2024/5/budget/',
      '/ozb//2024/05/budget/',
      '/ozb/2024/05/budget/extra/',
      '/ozb/rss.xml',
      '/media/2024/05/budget.png',
      '/syndication/ozb/2024/05/budget.html'
    ]
    for (const path of others) expect(paths.pageAt(path), path).toBeUndefined()
  })
})
