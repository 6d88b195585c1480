import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {catalog} from '../diagnostics/catalog.ts'
import {problem, report} from '../diagnostics/catalog-entry.ts'
import type {Diagnostic} from '../diagnostics/diagnostic.ts'
import {readTransliterationDictionary, type TransliterationDictionary} from './transliteration-dictionary.ts'

export const dictionaryFileName = 'uz-Cyrl.dictionary.json'

/** The editors' transliteration exceptions, from `locales/uz-Cyrl.dictionary.json`. */
export async function loadTransliterationDictionary(
  localesDir: string,
  label: string
): Promise<{dictionary?: TransliterationDictionary; problems: Diagnostic[]}> {
  const file = `${label}/${dictionaryFileName}`
  let text: string
  try {
    text = await readFile(join(localesDir, dictionaryFileName), 'utf8')
  } catch (error) {
    return {
      problems: [report(file, problem(catalog.unreadableDictionary, (error as Error).message))]
    }
  }
  return readTransliterationDictionary(text, file)
}
