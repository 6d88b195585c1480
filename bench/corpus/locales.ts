/**
 * The corpus's languages, as the benchmark issue fixes them: English, Russian in Cyrillic and Uzbek
 * in Latin. Kept apart from Matbuot's own list, which may grow, so the corpus stays the same.
 */
export const corpusLocales = ['en', 'ru', 'uz'] as const
export type CorpusLocale = (typeof corpusLocales)[number]

/** BCP 47 tags, as site.yaml gives them: Uzbek is written in Latin script. */
export const corpusLanguageTags: Readonly<Record<CorpusLocale, string>> = {en: 'en', ru: 'ru', uz: 'uz-Latn'}
