import type {CorpusLocale} from './locales.ts'
import type {Block, Clause, ReleasePlan, Sentence} from './plan.ts'
import * as words from './vocabulary.ts'

/** The site path of a release in a locale, for links; given by whoever knows the whole corpus. */
export type LinkPath = (release: number, locale: CorpusLocale) => string

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/** English and Russian say subject-verb-object; Uzbek says subject-circumstance-object-verb. */
function clauseWords(clause: Clause, locale: CorpusLocale, object: string, withCircumstance: boolean): string {
  const subject = words.subjects[clause.subject]![locale]
  const verb = words.verbs[clause.verb]![locale]
  const circumstance = withCircumstance ? words.circumstances[clause.circumstance]![locale] : ''
  const parts = locale === 'uz' ? [subject, circumstance, object, verb] : [subject, verb, object, circumstance]
  return parts.filter(Boolean).join(' ')
}

/** A headline: the clause without its circumstance, capitalized, no full stop. */
export function clauseTitle(clause: Clause, locale: CorpusLocale): string {
  return capitalize(clauseWords(clause, locale, words.objects[clause.object]![locale], false))
}

/** A sentence as Markdown (a link around the object when it has one). */
export function renderSentence(sentence: Sentence, locale: CorpusLocale, linkPath: LinkPath): string {
  if (sentence.kind === 'abbreviation') {
    const {short, title} = words.abbreviations[sentence.abbreviation]!
    const abbr = `<abbr title="${title[locale]}">${short[locale]}</abbr>`
    return words.abbreviationSentences[sentence.template]![locale].replace('{abbr}', abbr)
  }
  const objectText = words.objects[sentence.object]![locale]
  const object = sentence.linkTo === undefined ? objectText : `[${objectText}](${linkPath(sentence.linkTo, locale)})`
  const text = clauseWords(sentence, locale, object, true)
  const opened = sentence.connector === undefined ? capitalize(text) : `${words.connectors[sentence.connector]![locale]}, ${text}`
  return `${opened}.`
}

/** Plain text, no Markdown: for summaries, which feeds and meta descriptions show as they are. */
export function plainSentence(clause: Clause, locale: CorpusLocale): string {
  return renderSentence({...clause, linkTo: undefined}, locale, () => '')
}

export function renderBlock(block: Block, locale: CorpusLocale, linkPath: LinkPath, media: readonly {name: string}[] = []): string {
  switch (block.kind) {
    case 'heading':
      return `## ${words.headings[block.heading]![locale]}`
    case 'paragraph':
      return block.sentences.map((sentence) => renderSentence(sentence, locale, linkPath)).join(' ')
    case 'bullets':
      return block.items.map((item) => `- ${capitalize(words.listItems[item]![locale])}`).join('\n')
    case 'steps':
      return block.items.map((item, i) => `${i + 1}. ${capitalize(words.steps[item]![locale])}`).join('\n')
    case 'quote': {
      const said = block.sentences.map((sentence) => renderSentence(sentence, locale, linkPath)).join(' ')
      return `> ${said}\n>\n> — ${words.speakers[block.speaker]![locale]}`
    }
    case 'image':
      return `![${words.imageAlts[block.alt]![locale]}](/media/${media[block.media]?.name ?? 'missing.jpg'})`
  }
}

/** What one release says in one locale: shared by every generator's shape of the corpus. */
export interface LocalizedRelease {
  readonly title: string
  readonly summary: string
  readonly dateline: string
  readonly author: string
  readonly imageAlt: string
  readonly body: string
}

/** Summaries are at most 300 characters: whole sentences while they fit. */
const summaryLimit = 300

export function localize(plan: ReleasePlan, locale: CorpusLocale, linkPath: LinkPath, media: readonly {name: string}[]): LocalizedRelease {
  let summary = ''
  for (const clause of plan.summary) {
    const next = summary === '' ? plainSentence(clause, locale) : `${summary} ${plainSentence(clause, locale)}`
    if (next.length > summaryLimit) break
    summary = next
  }
  return {
    title: clauseTitle(plan.title, locale),
    summary: summary.slice(0, summaryLimit),
    dateline: words.datelines[plan.dateline]![locale],
    author: words.authors[plan.author]![locale],
    imageAlt: words.imageAlts[plan.image.alt]![locale],
    body: plan.body.map((block) => renderBlock(block, locale, linkPath, media)).join('\n\n') + '\n'
  }
}
