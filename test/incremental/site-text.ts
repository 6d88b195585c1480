import type {Random} from '../../bench/corpus/prng.ts'
import {releaseUrl, type SiteState, type SourceLocale} from './site-state.ts'

/**
 * Random but plausible release text in each source language. The Uzbek words include ones the
 * transliteration dictionary knows and ones the operations add to it, and oʻ, gʻ and ʼ (one
 * written with a plain apostrophe, which the build normalizes).
 */
const vocabulary: Readonly<Record<SourceLocale, readonly string[]>> = {
  en: [
    'agency',
    'ministry',
    'forum',
    'delegation',
    'cooperation',
    'trade',
    'energy',
    'investment',
    'tourism',
    'culture',
    'transport',
    'digital',
    'schools',
    'exhibition',
    'agreement',
    'summit',
    'partners',
    'programme',
    'results',
    'growth',
    'festival',
    'concert',
    'Tashkent',
    'Samarkand',
    'Bukhara',
    'October'
  ],
  ru: [
    'агентство',
    'министерство',
    'форум',
    'делегация',
    'сотрудничество',
    'торговля',
    'энергетика',
    'инвестиции',
    'туризм',
    'культура',
    'транспорт',
    'цифровой',
    'школы',
    'выставка',
    'соглашение',
    'саммит',
    'партнёры',
    'программа',
    'итоги',
    'рост',
    'фестиваль',
    'Ташкент',
    'Самарканд',
    'Бухара',
    'октябрь'
  ],
  uz: [
    'agentlik',
    'vazirlik',
    'forum',
    'delegatsiya',
    'hamkorlik',
    'savdo',
    'energetika',
    'investitsiya',
    'turizm',
    'madaniyat',
    'transport',
    'raqamli',
    'maktablar',
    'koʻrgazma',
    'kelishuv',
    'sammit',
    'sheriklar',
    'dastur',
    'natijalar',
    'oʻsish',
    'festival',
    'konsert',
    'oktabr',
    'model',
    'neft',
    'yoshlar',
    'shahar',
    'taʼlim',
    'gʻalaba',
    'Toshkent',
    'Samarqand',
    'Buxoro',
    'SCO',
    'Oʻzbekiston',
    "o'quvchilar"
  ]
}

/** Dictionary `words` the operations set, each with two spellings (both valid Cyrillic). */
export const dictionaryWords: Readonly<Record<string, readonly [string, string]>> = {
  hamkorlik: ['хамкорлик', 'ҳамкорлиг'],
  festival: ['фестиваль', 'фестивал'],
  model: ['модель', 'модел'],
  neft: ['нефть', 'нефт'],
  sammit: ['саммит', 'самит'],
  yoshlar: ['ёшлар', 'йошлар'],
  dastur: ['дастур', 'дастурь'],
  oktabr: ['октябрь', 'октябр']
}

/** Tag ids with a name in every locale file. */
export const tagIds = ['economy', 'culture', 'energy', 'tourism', 'sco', 'forums', 'diplomacy'] as const

/** Slugs come from a small pool, so deleted and renamed slugs come back (and meet their old cache entries). */
export function newSlug(random: Random, site: SiteState): string | undefined {
  const topics = ['budget', 'forum', 'trade', 'energy', 'culture', 'schools', 'transport', 'tourism']
  const free = topics.flatMap((topic) => Array.from({length: 6}, (_, n) => `${topic}-${n + 1}`)).filter((slug) => !(slug in site.releases))
  return free.length > 0 ? random.pick(free) : undefined
}

export function words(random: Random, locale: SourceLocale, min: number, max: number): string {
  return Array.from({length: random.int(min, max)}, () => random.pick(vocabulary[locale])).join(' ')
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

export function title(random: Random, locale: SourceLocale): string {
  return capitalized(words(random, locale, 2, 6))
}

/** One or two sentences, far below the 300-character limit. */
export function summary(random: Random, locale: SourceLocale): string {
  const sentences = Array.from({length: random.int(1, 2)}, () => `${capitalized(words(random, locale, 5, 14))}.`)
  return sentences.join(' ')
}

export function imageAlt(random: Random, locale: SourceLocale): string {
  return capitalized(words(random, locale, 2, 5))
}

/**
 * A Markdown body: paragraphs, and sometimes a heading, a list, a footnote, a link to another
 * release in the same language and an image from content/media/.
 */
export function body(random: Random, locale: SourceLocale, site: SiteState, self?: string): string {
  const blocks = Array.from({length: random.int(1, 3)}, () => `${capitalized(words(random, locale, 6, 20))}.`)
  if (random.chance(0.3)) blocks.splice(1, 0, `## ${capitalized(words(random, locale, 1, 4))}`)
  if (random.chance(0.3)) blocks.push(Array.from({length: random.int(2, 3)}, () => `- ${words(random, locale, 1, 4)}`).join('\n'))
  const others = Object.entries(site.releases).filter(([slug, release]) => slug !== self && release.translations[locale])
  if (others.length > 0 && random.chance(0.6)) {
    const [slug, release] = random.pick(others)
    blocks.push(`${capitalized(words(random, locale, 2, 6))}: [${words(random, locale, 1, 3)}](${releaseUrl(slug, release.date, locale)}).`)
  }
  const media = Object.keys(site.media)
  if (media.length > 0 && random.chance(0.25)) blocks.push(`![${imageAlt(random, locale)}](/media/${random.pick(media)})`)
  if (random.chance(0.2)) blocks.push(`${capitalized(words(random, locale, 3, 8))}.[^1]\n\n[^1]: ${capitalized(words(random, locale, 2, 6))}.`)
  return blocks.join('\n\n')
}
