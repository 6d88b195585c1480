/** The languages Matbuot publishes in; a locale is always one of these, never a free string. */
export const LOCALES = ['en', 'ru', 'uz', 'uz-Cyrl'] as const
export type Locale = (typeof LOCALES)[number]

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value)
}
