import {describe, expect, it} from 'vitest'
import {siteLanguages} from '../../pipeline/config/languages.ts'
import {parseSiteConfig} from '../../pipeline/validate/read-site-config.ts'
import {fixtureConfigWithCyrillic} from '../support/site-fixture.ts'

function languagesOf(yaml: string) {
  const {config, problems} = parseSiteConfig(yaml, 'site.yaml')
  expect(problems).toEqual([])
  return siteLanguages(config!)
}

describe('the site languages', () => {
  it('should list every configured language in config order, each with its prefix', () => {
    const languages = languagesOf(fixtureConfigWithCyrillic.replace('label: Oʻzbekcha}', 'label: Oʻzbekcha, prefix: ozb}'))
    expect(languages.codes).toEqual(['en', 'ru', 'uz', 'uz-Cyrl'])
    expect(languages.all.map((l) => l.prefix)).toEqual(['en', 'ru', 'ozb', 'uz-cyrl'])
    expect(languages.get('uz')).toMatchObject({tag: 'uz-Latn', intl: 'uz-Latn', label: 'Oʻzbekcha'})
  })

  it('should name the default language and the ones made by transliteration', () => {
    const languages = languagesOf(fixtureConfigWithCyrillic)
    expect(languages.default.code).toBe('en')
    expect(languages.transliterated.map((l) => [l.code, l.transliterateFrom])).toEqual([['uz-Cyrl', 'uz']])
    expect(languagesOf(fixtureConfigWithCyrillic.replace(', transliterateFrom: uz', '')).transliterated).toEqual([])
  })

  it('should find no language for a code that is not configured, and refuse to get one', () => {
    const languages = languagesOf(fixtureConfigWithCyrillic.replace(/^ {2}- \{code: ru,.*\n/m, ''))
    expect(languages.find('ru')).toBeUndefined()
    expect(languages.find('xx')).toBeUndefined()
    expect(() => languages.get('ru')).toThrow('unexpected locale ru, expected one of the configured locales en, uz, uz-Cyrl')
  })

  it('should build one value per language, keyed by code', () => {
    expect(languagesOf(fixtureConfigWithCyrillic).table((l) => l.tag)).toEqual({en: 'en', ru: 'ru', uz: 'uz-Latn', 'uz-Cyrl': 'uz-Cyrl'})
  })

  it('should be built once per config', () => {
    const {config} = parseSiteConfig(fixtureConfigWithCyrillic, 'site.yaml')
    expect(siteLanguages(config!)).toBe(siteLanguages(config!))
  })
})
