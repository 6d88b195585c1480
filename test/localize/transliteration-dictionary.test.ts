import {describe, expect, it} from 'vitest'
import {formatDiagnostic, sortDiagnostics} from '../../pipeline/diagnostics/diagnostic.ts'
import {readTransliterationDictionary} from '../../pipeline/localize/transliteration-dictionary.ts'
import {runCli} from '../support/run-cli.ts'
import {fixtureConfigWithCyrillic, makeSite, release, tinyPng} from '../support/site-fixture.ts'

const file = 'locales/uz-Cyrl.dictionary.json'

/** Each problem as editors read it, in the order they read them: `file:line:column severity "field": message`. */
function problemsOf(text: string): string[] {
  return sortDiagnostics(readTransliterationDictionary(text, file).problems).map(formatDiagnostic)
}

describe('readTransliterationDictionary', () => {
  it('should read a dictionary with notes, dropping the notes', () => {
    const {dictionary, problems} = readTransliterationDictionary(
      '{"$comment": ["for editors"], "words": {"oktabr": "октябрь"}, "stems": {"konsert": "концерт"}, "keep": ["SCO"]}',
      file
    )
    expect(problems).toEqual([])
    expect(dictionary).toEqual({words: {oktabr: 'октябрь'}, stems: {konsert: 'концерт'}, keep: ['SCO']})
    expect(Object.isFrozen(dictionary!.words)).toBe(true)
  })

  it('should point at the JSON syntax error instead of throwing', () => {
    const {dictionary, problems} = readTransliterationDictionary('{\n  "words": {},\n  "stems": {},\n  "keep": [],\n}\n', file)
    expect(dictionary).toBeUndefined()
    expect(problems).toEqual([expect.objectContaining({severity: 'error', file, message: expect.stringMatching(/^invalid JSON: /)})])
  })

  it('should refuse a file that is not an object', () => {
    expect(readTransliterationDictionary('["SCO"]', file)).toEqual({
      problems: [expect.objectContaining({line: 1, column: 1, message: 'expected an object with "words", "stems" and "keep"'})]
    })
  })

  it('should name each section that is missing or of the wrong type, at its line', () => {
    expect(problemsOf('{\n  "words": [],\n  "keep": "SCO"\n}\n')).toEqual([
      `${file}:1:1 error "stems": expected an object mapping Latin stems to their Cyrillic spelling, but it is missing`,
      `${file}:2:12 error "words": expected an object mapping whole Latin words to their Cyrillic spelling`,
      `${file}:3:11 error "keep": expected an array of tokens to keep as written, got "SCO"`
    ])
  })

  it('should report a word written twice, which JSON.parse would keep silently as the last', () => {
    expect(problemsOf('{\n  "words": {\n    "sirk": "цирк",\n    "sirk": "сирк"\n  },\n  "stems": {},\n  "keep": []\n}\n')).toEqual([
      expect.stringMatching(/^locales\/uz-Cyrl\.dictionary\.json:4:5 error invalid JSON: Map keys must be unique/)
    ])
  })

  it('should name every bad entry at its line and keep the good ones', () => {
    const text = `{
  "$comment": "notes for editors",
  "words": {
    "Toshkent": "тошкент",
    "o'zbek": "ўзбек",
    "o´zbek": "ўзбек",
    "sirk": "цcирк",
    "sex": 5,
    "nyu": "нью",
    "nyu-": "нью"
  },
  "stems": {
    "oktabr": "Октябр",
    "sentabr ": "сентябр",
    "sentabr": "сентябр",
    "nyu-york": "нью-йорк"
  },
  "keep": ["SCO", "", "SCO", " IT", 7],
  "extra": true
}
`
    const {dictionary, problems} = readTransliterationDictionary(text, file)
    expect(sortDiagnostics(problems).map(formatDiagnostic)).toEqual([
      `${file}:4:5 error "words.Toshkent": unexpected capital letter, expected the Latin word in lowercase (it matches any case), got "Toshkent"`,
      `${file}:5:5 error "words.o'zbek": unexpected "'", expected oʻ and gʻ with ʻ (U+02BB) and the tutuq belgisi with ʼ (U+02BC), got "o'zbek"`,
      `${file}:6:5 error "words.o´zbek": unexpected "´", expected oʻ and gʻ with ʻ (U+02BB) and the tutuq belgisi with ʼ (U+02BC), got "o´zbek"`,
      `${file}:7:13 error "words.sirk": unexpected Latin letter "c", expected Cyrillic only, got "цcирк"`,
      `${file}:8:12 error "words.sex": expected the Cyrillic spelling as a string, got the number 5`,
      `${file}:10:5 error "words.nyu-": unexpected hyphen at the start, the end or twice in a row, expected words joined by single hyphens, got "nyu-"`,
      `${file}:13:15 error "stems.oktabr": unexpected capital letter, expected lowercase (the source word’s case is applied), got "Октябр"`,
      `${file}:14:5 error "stems.sentabr ": unexpected " ", expected only Uzbek Latin letters, ʻ, ʼ and hyphens, got "sentabr "`,
      `${file}:16:5 error "stems.nyu-york": unexpected hyphen in a stem, expected one word (hyphenated words go in "words"), got "nyu-york"`,
      `${file}:18:19 error "keep.1": unexpected blank token, expected a token to keep as written, got ""`,
      `${file}:18:23 error "keep.2": unexpected second copy of a token, expected each token once, got "SCO"`,
      `${file}:18:30 error "keep.3": unexpected space around the token, expected the token alone, got " IT"`,
      `${file}:18:37 error "keep.4": expected a token to keep as written, got the number 7`,
      `${file}:19:3 error "extra": unknown key \`extra\`, expected one of the known fields`
    ])
    expect(dictionary).toEqual({words: {nyu: 'нью'}, stems: {sentabr: 'сентябр'}, keep: ['SCO']})
  })
})

describe('a bad dictionary in a build', () => {
  it('should be reported by matbuot check with its line, not crash it', async () => {
    const root = await makeSite(
      {
        'content/media/logo.png': tinyPng,
        'content/2024/05/x.uz.md': release({title: 'Oktabrda konsert'}),
        'locales/uz-Cyrl.dictionary.json': '{\n  "words": {"Oktabr": "октябрь"},\n  "stems": {},\n  "keep": []\n}\n'
      },
      {config: fixtureConfigWithCyrillic}
    )
    const {status, stdout} = runCli(['check', '--format', 'json'], root)
    expect(status).toBe(1)
    expect(JSON.parse(stdout).diagnostics).toContainEqual(
      expect.objectContaining({severity: 'error', file: 'locales/uz-Cyrl.dictionary.json', line: 2, column: 13, field: 'words.Oktabr'})
    )
  })
})
