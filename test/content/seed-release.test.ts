import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {buildContent, readableHtml} from '../support/build-content.ts'

const seedPath = '2022/08/sco-information-security-forum'
let dist: string
beforeAll(async () => {
  dist = await buildContent()
})

const prefixes: Record<string, string> = {en: 'en', ru: 'ru', uz: 'uz', 'uz-Cyrl': 'uz-cyrl'}
const page = (locale: string) => readFile(join(dist, prefixes[locale]!, seedPath, 'index.html'), 'utf8')

const expectations = [
  {
    locale: 'en',
    lang: 'en',
    title: 'ISMI Deputy Director Bobur Usmanov on the timeliness and importance of the upcoming forum',
    date: '31 August 2022, 10:00, Tashkent time'
  },
  {
    locale: 'ru',
    lang: 'ru',
    title: 'Заместитель директора ИСМИ Бобур Усманов о своевременности и значимости предстоящего форума',
    date: '31 августа 2022 г., 10:00 по ташкентскому времени'
  },
  {locale: 'uz', lang: 'uz-Latn', title: /^SMTI direktori oʻrinbosari Bobur Usmonov/, date: '31-avgust, 2022, 10:00, Toshkent vaqti'},
  {locale: 'uz-Cyrl', lang: 'uz-Cyrl', title: /^СМТИ директори ўринбосари Бобур Усмонов/, date: '31 август, 2022, 10:00, Тошкент вақти'}
] as const

describe('the seed release', () => {
  for (const {locale, lang, title, date} of expectations) {
    describe(locale, () => {
      it('should declare its language and carry its translated title', async () => {
        const html = await page(locale)
        expect(html).toContain(`<html lang="${lang}">`)
        const h1 = /<h1>([^<]+)<\/h1>/.exec(html)?.[1]
        if (typeof title === 'string') expect(h1).toBe(title)
        else expect(h1).toMatch(title)
      })

      it('should show the date localized, in Tashkent time, inside <time>', async () => {
        expect(await page(locale)).toContain(`<time datetime="2022-08-31T10:00:00+05:00">${date}</time>`)
      })

      it('should list all four languages as hreflang alternates plus x-default', async () => {
        const links = [...(await page(locale)).matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => `${m[1]} ${m[2]}`)
        expect(links).toEqual([
          `en https://dunyo.example/en/${seedPath}/`,
          `ru https://dunyo.example/ru/${seedPath}/`,
          `uz-Latn https://dunyo.example/uz/${seedPath}/`,
          `uz-Cyrl https://dunyo.example/uz-cyrl/${seedPath}/`,
          `x-default https://dunyo.example/en/${seedPath}/`
        ])
      })

      it('should offer the other languages, both Uzbek scripts included, in the switcher and mark its own', async () => {
        const switcher = /<nav class="language-switcher"[^>]*>(.*?)<\/nav>/.exec(await page(locale))![1]!
        const linked = [...switcher.matchAll(/<a lang="([^"]+)"[^>]*href="([^"]+)"/g)].map((m) => m[2])
        expect(linked).toEqual(['en', 'ru', 'uz', 'uz-Cyrl'].filter((l) => l !== locale).map((l) => `/${prefixes[l]}/${seedPath}/`))
        expect(switcher).toContain(locale === 'uz' ? 'Ўзбекча' : 'Oʻzbekcha')
        expect(switcher).toContain(`<span lang="${lang}" aria-current="page">`)
      })

      it('should keep the article’s shape (golden file)', async () => {
        const article = /<article[\s\S]*<\/article>/.exec(await page(locale))![0]
        await expect(readableHtml(article)).toMatchFileSnapshot(`./__golden__/seed-release.${locale}.html`)
      })
    })
  }

  it('should keep the agency’s English text as given', async () => {
    const seed = await readFile(new URL('../../content/2022/08/sco-information-security-forum.en.md', import.meta.url), 'utf8')
    const html = await page('en')
    for (const paragraph of seed
      .split('\n---\n')[1]!
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean)) {
      expect(html).toContain(paragraph.replace(/&/g, '&#x26;'))
    }
  })
})
