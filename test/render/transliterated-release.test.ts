import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {build} from '../../pipeline/build.ts'
import {fixtureConfigWithCyrillic, makeSite, release, tinyPng} from '../support/site-fixture.ts'

const body = [
  '## Investitsiya forumi natijalari',
  '',
  'Toshkentda oʻtgan forumda <abbr title="Shanxay hamkorlik tashkiloti">ShHT</abbr> va SCO vakillari ishtirok etdi.',
  '',
  '- Birinchi kun: yalpi majlis',
  '- Ikkinchi kun: sektsiya va delegatsiya uchrashuvlari',
  '',
  'Batafsil maʼlumot [rasmiy saytda](https://gov.example.uz/oʻzbek?sahifa=1) va info@dunyo.example manzilida.',
  '',
  'Dastur kodi: `yangi_loyiha(shahar)`, havola: https://mfa.example.uz/uz/yangiliklar.',
  '',
  '```',
  'salom dunyo',
  '```',
  '',
  '<span lang="en">Tashkent International Investment Forum</span> 2023-yil 27-aprelda boshlandi.',
  '',
  '![Forumning yalpi majlisi](/media/photo.png)'
].join('\n')

async function site(extra: Record<string, string> = {}) {
  const root = await makeSite(
    {
      'content/media/logo.png': tinyPng,
      'content/media/photo.png': tinyPng,
      'content/2024/05/forum.uz.md': release(
        {
          title: 'Toshkent investitsiya forumi',
          summary: 'Forum oʻz ishini yakunladi.',
          dateline: 'Toshkent',
          tags: ['economy'],
          image: {src: '/media/photo.png', alt: 'Yalpi majlis zali', caption: 'Forum ochilishi'}
        },
        body
      ),
      ...extra
    },
    {config: fixtureConfigWithCyrillic}
  )
  expect((await build({root})).ok).toBe(true)
  return (path: string) => readFile(join(root, 'dist', path), 'utf8')
}

describe('a release generated in Uzbek Cyrillic from its Latin source', () => {
  it('should transliterate the text and keep every piece of markup', async () => {
    const html = await (await site())('uz-cyrl/2024/05/forum/index.html')
    expect(html).toContain('<html lang="uz-Cyrl">')
    expect(html).toContain('<h2>Инвестиция форуми натижалари</h2>')
    expect(html).toContain('<abbr title="Шанхай ҳамкорлик ташкилоти">ШҲТ</abbr> ва SCO вакиллари')
    expect(html).toContain('<li>Биринчи кун: ялпи мажлис</li>')
    expect(html).toContain('делегация учрашувлари')
    expect(html).toContain('<a href="https://gov.example.uz/o%CA%BBzbek?sahifa=1">расмий сайтда</a>')
    expect(html).toContain('info@dunyo.example')
    expect(html).toContain('<code>yangi_loyiha(shahar)</code>')
    expect(html).toContain('https://mfa.example.uz/uz/yangiliklar')
    expect(html).toContain('<pre><code>salom dunyo\n</code></pre>')
    expect(html).toContain('<span lang="en">Tashkent International Investment Forum</span> 2023 йил 27 апрелда бошланди.')
    expect(html).toMatch(/<img [^>]*src="\/media\/photo-1\.png" [^>]*alt="Форумнинг ялпи мажлиси"/)
  })

  it('should transliterate the title, summary, dateline, image alt and caption, and name tags from uz-Cyrl.json', async () => {
    const html = await (await site())('uz-cyrl/2024/05/forum/index.html')
    expect(html).toContain('<h1>Тошкент инвестиция форуми</h1>')
    expect(html).toContain('<meta name="description" content="Форум ўз ишини якунлади.">')
    expect(html).toContain('<span class="dateline">Тошкент. </span>')
    expect(html).toContain('alt="Ялпи мажлис зали"')
    expect(html).toContain('<figcaption>Форум очилиши</figcaption>')
    expect(html).toContain('rel="tag">Иқтисодиёт</a>')
  })

  it('should link both scripts to each other, Latin as uz-Latn', async () => {
    const read = await site()
    const latin = await read('uz/2024/05/forum/index.html')
    expect(latin).toContain('<link rel="alternate" hreflang="uz-Cyrl" href="https://news.test/uz-cyrl/2024/05/forum/">')
    expect(latin).toContain('<a lang="uz-Cyrl" hreflang="uz-Cyrl" href="/uz-cyrl/2024/05/forum/">Ўзбекча</a>')
    const cyrillic = await read('uz-cyrl/2024/05/forum/index.html')
    expect(cyrillic).toContain('<a lang="uz-Latn" hreflang="uz-Latn" href="/uz/2024/05/forum/">Oʻzbekcha</a>')
  })

  it('should give way to a hand-written uz-Cyrl file', async () => {
    const read = await site({'content/2024/05/forum.uz-Cyrl.md': release({title: 'Қўлда ёзилган сарлавҳа'}, 'Муҳаррир матни.')})
    const html = await read('uz-cyrl/2024/05/forum/index.html')
    expect(html).toContain('<h1>Қўлда ёзилган сарлавҳа</h1>')
    expect(html).toContain('Муҳаррир матни.')
  })
})
