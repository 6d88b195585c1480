import {describe, expect, it} from 'vitest'
import {formatDiagnostic} from '../../pipeline/diagnostics/diagnostic.ts'
import {loadLocaleResources} from '../../pipeline/localize/locale-resources.ts'
import {createTranslator, MissingTranslationError} from '../../pipeline/localize/translator.ts'
import {makeSite, repoRoot} from '../support/site-fixture.ts'
import {join} from 'node:path'

const en = JSON.stringify({site: {name: 'Dunyo'}, article: {readingTime_one: '{{count}} minute', readingTime_other: '{{count}} minutes'}})

describe('loadLocaleResources', () => {
  it('should name the locale and key of every missing string, plural forms included', async () => {
    const root = await makeSite(
      {
        'locales/en.json': en,
        'locales/ru.json': JSON.stringify({site: {}, article: {readingTime_one: '{{count}} минута', readingTime_other: '{{count}} минуты'}})
      },
      {ownLocales: true}
    )
    const {problems} = await loadLocaleResources(join(root, 'locales'), ['en', 'ru'], 'en')
    expect(problems.map(formatDiagnostic).sort()).toEqual([
      'locales/ru.json error "article.readingTime_few": missing key "article.readingTime_few" in locale "ru", expected a translation',
      'locales/ru.json error "article.readingTime_many": missing key "article.readingTime_many" in locale "ru", expected a translation',
      'locales/ru.json error "site.name": missing key "site.name" in locale "ru", expected a translation'
    ])
  })

  it('should find the project’s own locales complete', async () => {
    const {problems} = await loadLocaleResources(join(repoRoot, 'locales'), ['en', 'ru', 'uz'], 'en')
    expect(problems.map(formatDiagnostic)).toEqual([])
  })
})

describe('createTranslator', () => {
  it('should pick the Russian plural form for one, few and many', async () => {
    const {resources} = await loadLocaleResources(join(repoRoot, 'locales'), ['ru'], 'ru')
    const t = createTranslator('ru', resources.ru!)
    const forms = [1, 3, 5, 21].map((count) => t('article.readingTime', {count}))
    expect(new Set(forms.slice(0, 3)).size).toBe(3)
    expect(forms[3]).toBe(forms[0]!.replace('1', '21'))
  })

  it('should throw on a missing key instead of printing it', () => {
    const t = createTranslator('en', {site: {name: 'Dunyo'}})
    expect(t('site.name')).toBe('Dunyo')
    expect(() => t('site.nmae')).toThrow(MissingTranslationError)
  })
})
