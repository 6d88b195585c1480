import {siteLanguages} from '../config/languages.ts'
import {absoluteUrl} from '../config/urls.ts'
import type {LanguageLink} from './pages/document.ts'
import type {SiteModel} from './site-model.ts'

/**
 * A page's hreflang alternates, as both its `<head>` and the sitemaps list them: every language
 * it exists in, itself included, then x-default (the default language's, else the first).
 */
export function languageAlternates(model: SiteModel, languages: readonly LanguageLink[]): {readonly hreflang: string; readonly href: string}[] {
  const preferred = languages.find((l) => l.language === siteLanguages(model.config).default) ?? languages[0]
  if (!preferred) return []
  return [
    ...languages.map((l) => ({hreflang: l.language.tag, href: absoluteUrl(model.config, l.path)})),
    {hreflang: 'x-default', href: absoluteUrl(model.config, preferred.path)}
  ]
}
