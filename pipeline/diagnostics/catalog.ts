import type {CatalogEntry} from './catalog-entry.ts'

/** An entry whose example is checked against its message's parameters. */
function entry<A extends readonly unknown[]>(definition: CatalogEntry<A>): CatalogEntry<A> {
  return definition
}

/**
 * Every problem Matbuot words itself, one entry each. Ids are grouped by stage: MB1… reading a
 * file, MB11… front-matter and config values, MB12… the site config, MB2… a release's set of
 * files, MB3… rendering, MB4… the command line and the places a command works in. The docs
 * page (docs/errors.md) is generated from this table.
 */
export const catalog = {
  invalidSyntax: entry({
    id: 'MB1001',
    severity: 'error',
    title: 'YAML or JSON that cannot be read',
    message: (format: 'YAML' | 'JSON', reason: string) => `invalid ${format}: ${reason}`,
    hint: 'Look at the line shown and the one above it: a missing colon, a stray character or a bracket left open is the usual cause.',
    example: ['YAML', 'Map keys must be unique']
  }),
  overIndentedKey: entry({
    id: 'MB1002',
    severity: 'error',
    title: 'Key indented more than the keys above it',
    message: (key: string, above: string, spaces: number) =>
      `\`${key}\` is indented more than the keys above it, expected it in line with \`${above}\` (${spaces} spaces in)`,
    hint: 'Keys of one mapping start in the same column; only the keys under a key with no value of its own go further in.',
    example: ['alt', 'src', 2]
  }),
  unclosedQuote: entry({
    id: 'MB1003',
    severity: 'error',
    title: 'Quoted text that never closes',
    message: (mark: '"' | "'") =>
      `unclosed quote: the ${mark} here never closes, expected a closing ${mark} at the end of the value (write ${mark === '"' ? '\\"' : "''"} for a ${mark} inside it)`,
    hint: 'Close the quote on the same line, or leave the value unquoted if it has no colon followed by a space.',
    example: ['"']
  }),
  noFrontMatter: entry({
    id: 'MB1004',
    severity: 'error',
    title: 'File without front matter',
    message: () => 'unexpected start of file, expected front matter opening with a "---" line',
    hint: 'A release starts with a line of three hyphens, its fields, and another line of three hyphens.',
    example: []
  }),
  unclosedFrontMatter: entry({
    id: 'MB1005',
    severity: 'error',
    title: 'Front matter without its closing line',
    message: () => 'unclosed front matter, expected a closing "---" line',
    hint: 'Add a line of three hyphens after the last field, before the text of the release.',
    example: []
  }),
  misplacedSource: entry({
    id: 'MB1006',
    severity: 'error',
    title: 'Release file outside a year and month folder',
    message: () => 'unexpected file location, expected content/<yyyy>/<mm>/<slug>.<locale>.md',
    hint: 'Move the file into the folder of the month it is dated, e.g. content/2024/05/.',
    example: []
  }),
  badMonthFolder: entry({
    id: 'MB1007',
    severity: 'error',
    title: 'Month folder that is not a month',
    message: (month: string) => `unexpected month folder "${month}", expected 01 to 12`,
    example: ['13']
  }),
  badSlug: entry({
    id: 'MB1008',
    severity: 'error',
    title: 'File name that cannot be a URL slug',
    message: (slug: string) => `unexpected slug "${slug}", expected ASCII lowercase letters, digits and single hyphens`,
    hint: 'The file name before the language is the release’s URL: rename the file and its translations alike.',
    example: ['Budget_2024']
  }),
  unknownLocaleSuffix: entry({
    id: 'MB1009',
    severity: 'error',
    title: 'Unknown language in a file name',
    message: (locale: string, known: readonly string[]) =>
      `unknown locale suffix ".${locale}", expected one of ${known.map((l) => `.${l}`).join(', ')}`,
    example: ['de', ['en', 'ru', 'uz']]
  }),
  unconfiguredLocale: entry({
    id: 'MB1010',
    severity: 'error',
    title: 'Release in a language the site does not publish',
    message: (locale: string, configured: readonly string[]) =>
      `locale "${locale}" is not enabled in the site config, expected one of ${configured.join(', ')}`,
    hint: 'Add the language to `locales` in site.yaml, or rename the file to one of the configured languages.',
    example: ['uz-Cyrl', ['en', 'ru', 'uz']]
  }),
  unknownKey: entry({
    id: 'MB1101',
    severity: 'error',
    title: 'Unknown key',
    message: (key: string, meant?: string) =>
      meant === undefined ? `unknown key \`${key}\`, expected one of the known fields` : `unknown key \`${key}\` — did you mean \`${meant}\`?`,
    hint: 'Unknown keys are errors so that a typo never passes silently; the README lists every field.',
    example: ['summmary', 'summary']
  }),
  invalidValue: entry({
    id: 'MB1102',
    severity: 'error',
    title: 'Value of the wrong kind or form',
    message: (expected: string, got?: string, runsOnTo?: number) =>
      `${expected}${got === undefined ? '' : `, got ${got}`}${runsOnTo === undefined ? '' : ` (the value runs on to line ${runsOnTo}: is that line indented too far?)`}`,
    example: ['expected a whole number', '"ten"']
  }),
  missingField: entry({
    id: 'MB1103',
    severity: 'error',
    title: 'Required field missing',
    message: (expected: string) => `${expected}, but it is missing`,
    example: ['expected a title']
  }),
  invalidKeyName: entry({
    id: 'MB1104',
    severity: 'error',
    title: 'Key of the wrong form',
    message: (expected: string, key: string) => `${expected}, got ${JSON.stringify(key)}`,
    example: ['unexpected capital letter, expected the Latin word in lowercase', 'Toshkent']
  }),
  misplacedTransliteration: entry({
    id: 'MB1201',
    severity: 'error',
    title: 'Transliteration set on a language that cannot have it',
    message: () => 'unexpected transliterateFrom, expected it only on uz-Cyrl, from uz',
    example: []
  }),
  unknownDefaultLocale: entry({
    id: 'MB1202',
    severity: 'error',
    title: 'Default language that is not configured',
    message: () => 'expected the default locale to be one of the configured locales',
    example: []
  }),
  unreadableConfig: entry({
    id: 'MB1203',
    severity: 'error',
    title: 'Site config that cannot be read',
    message: (found: string) => `expected the site config, a YAML file, here; ${found}`,
    hint: 'Run Matbuot in the project folder, the one with site.yaml, content/ and locales/.',
    example: ['found nothing']
  }),
  unreadableLocale: entry({
    id: 'MB1301',
    severity: 'error',
    title: 'Language file that cannot be read',
    message: (locale: string) => `cannot read the UI strings of locale "${locale}", expected a JSON file here`,
    hint: 'Each configured language needs locales/<code>.json: copy locales/en.json and translate it.',
    example: ['ru']
  }),
  missingTranslation: entry({
    id: 'MB1302',
    severity: 'error',
    title: 'UI string missing in a language',
    message: (key: string, locale: string) => `missing key "${key}" in locale "${locale}", expected a translation`,
    hint: 'Every language file has every key of the default language’s file, plural forms included.',
    example: ['article.readingTime_few', 'ru']
  }),
  extraTranslation: entry({
    id: 'MB1303',
    severity: 'warning',
    title: 'UI string no other language has',
    message: (key: string) => `unexpected key "${key}", not in the reference locale`,
    hint: 'A key the default language lacks is never shown: remove it or add it there too.',
    example: ['footer.motto']
  }),
  unreadableDictionary: entry({
    id: 'MB1304',
    severity: 'error',
    title: 'Transliteration dictionary that cannot be read',
    message: (reason: string) => `cannot read the transliteration dictionary, expected a JSON file of words, stems and keep (${reason})`,
    hint: 'A site that generates Uzbek Cyrillic needs locales/uz-Cyrl.dictionary.json; an empty one is {"words": {}, "stems": {}, "keep": []}.',
    example: ['ENOENT: no such file or directory']
  }),
  disagreeingDate: entry({
    id: 'MB2001',
    severity: 'error',
    title: 'Translation dated differently from the others',
    message: (date: string, expected: string) => `unexpected date "${date}", expected "${expected}" as in the other translations`,
    hint: 'Every translation of a release carries the same date; the date most of them share is taken as the right one.',
    example: ['2024-05-11T09:30:00+05:00', '2024-05-10T09:30:00+05:00']
  }),
  slugCollision: entry({
    id: 'MB2002',
    severity: 'error',
    title: 'One slug for two releases',
    message: (slug: string, urls: readonly string[]) =>
      urls.length === 1
        ? `two files map to one URL ${urls[0]}, expected one file per release and language`
        : `slug "${slug}" is used by ${urls.length} releases, ${urls.join(' and ')}; expected each slug once across all months, as it joins a release's translations: rename one of the files`,
    example: ['budget', ['/en/2022/08/budget/', '/en/2023/03/budget/']]
  }),
  misplacedFolder: entry({
    id: 'MB2003',
    severity: 'error',
    title: 'Folder that disagrees with the date',
    message: (folder: string, expected: string, timeZone: string) =>
      `unexpected folder ${folder}, expected ${expected} to match the date in ${timeZone}`,
    example: ['2024/05', '2024/06', 'Asia/Tashkent']
  }),
  staleTranslation: entry({
    id: 'MB2004',
    severity: 'warning',
    title: 'Translation probably not brought up to date',
    message: (newest: string, updated: string) => `probably stale: ${newest} was updated at ${updated}, expected this translation to be updated too`,
    hint: 'Bring the change over and set `updated` to the same date-time as the other language’s.',
    example: ['content/2024/05/budget.ru.md', '2024-05-11T09:30:00+05:00']
  }),
  linkToNoRelease: entry({
    id: 'MB2005',
    severity: 'warning',
    title: 'Link to a release that does not exist',
    message: (href: string) => `link to ${href} leads to no published release, expected /<locale>/<yyyy>/<mm>/<slug>/ of an existing release`,
    example: ['/en/2024/01/nowhere/']
  }),
  linkToWithheldRelease: entry({
    id: 'MB2006',
    severity: 'warning',
    title: 'Link from a published release to one not yet published',
    message: (href: string) =>
      `link to ${href} leads to a release this build does not publish (a draft or under embargo), expected a published release`,
    example: ['/en/2024/06/embargoed/']
  }),
  linkUnderNoPrefix: entry({
    id: 'MB2007',
    severity: 'warning',
    title: 'Link to a release page under no language',
    message: (href: string) => `link to ${href} leads to no page of this site: its first folder is no language's URL prefix`,
    hint: 'Use the prefix the site config gives the language (or its code in lowercase), e.g. /en/2024/05/slug/.',
    example: ['/de/2024/05/budget/']
  }),
  linkToWithdrawnRelease: entry({
    id: 'MB2008',
    severity: 'warning',
    title: 'Link to a withdrawn release',
    message: (href: string) => `link to ${href} leads to a withdrawn release, whose page shows only the notice of its withdrawal`,
    hint: 'Remove the link, or point it to the release that replaces the withdrawn one.',
    example: ['/en/2024/03/recalled/']
  }),
  missingCorrection: entry({
    id: 'MB2020',
    severity: 'warning',
    title: 'Correction one translation has and another lacks',
    message: (date: string, others: readonly string[]) =>
      `no correction dated ${date}, which ${others.join(' and ')} ${others.length === 1 ? 'has' : 'have'}: expected every translation to carry the correction`,
    hint: 'Translate the note and add it under `corrections` with the same date, or correct the date if the two are one correction.',
    example: ['2024-05-11T09:30:00+05:00', ['content/2024/05/budget.en.md']]
  }),
  partlyWithdrawn: entry({
    id: 'MB2021',
    severity: 'warning',
    title: 'Release withdrawn in some languages only',
    message: (others: readonly string[]) =>
      `still published, while ${others.join(' and ')} ${others.length === 1 ? 'is' : 'are'} withdrawn: expected \`withdrawn\` here too if the whole release is withdrawn`,
    hint: 'A release is withdrawn in every language by giving each of its files `withdrawn`, with the reason in that language; leave this one if only the other translation was wrong.',
    example: [['content/2024/05/budget.en.md']]
  }),
  republishedRelease: entry({
    id: 'MB2022',
    severity: 'warning',
    title: 'Withdrawn release published again',
    message: (url: string, date: string) => `republishes ${url}, withdrawn on ${date} by an earlier build: it is in every output again`,
    hint: 'Removing `withdrawn` (or deleting the file and adding it again without it) publishes the release again; put `withdrawn` back if that was not meant.',
    example: ['/en/2024/05/budget/', '2024-05-12T10:00:00+05:00']
  }),
  normalizedApostrophes: entry({
    id: 'MB3001',
    severity: 'info',
    title: 'Uzbek apostrophes normalized',
    message: (count: number) =>
      `normalized ${count} ${count === 1 ? 'Uzbek apostrophe, here' : 'Uzbek apostrophes, the first of them here'} (oʻ gʻ with U+02BB, the tutuq belgisi ʼ with U+02BC); write them so in the source to silence this`,
    example: [7]
  }),
  unknownTag: entry({
    id: 'MB3002',
    severity: 'error',
    title: 'Tag without a name',
    message: (tag: string, locale: string) => `unknown tag "${tag}", expected a tag with a name at "tags.${tag}" in locales/${locale}.json`,
    hint: 'Add the tag’s name to every language file under "tags", or correct the tag id.',
    example: ['economy', 'ru']
  }),
  missingImage: entry({
    id: 'MB3003',
    severity: 'error',
    title: 'Image that does not exist',
    message: (src: string, expected = `a file at content${src}`) => `image ${src} not found, expected ${expected}`,
    hint: 'Only files in content/media/ are published: put the image there and link it as /media/<name>.',
    example: ['/media/photo.jpg']
  }),
  imageWithoutAlt: entry({
    id: 'MB3004',
    severity: 'warning',
    title: 'Image without alt text',
    message: (src: string) => `image ${src} has no alt text, expected a short description for readers who cannot see it`,
    hint: 'Write the description between the brackets: ![The minister at the podium](/media/photo.jpg).',
    example: ['/media/photo.jpg']
  }),
  iframeRemoved: entry({
    id: 'MB3005',
    severity: 'warning',
    title: 'Embedded frame that is not a YouTube video',
    message: (src: string) => `iframe from ${src || 'nowhere'} removed, expected only YouTube embeds (https://www.youtube.com/embed/<id>)`,
    hint: 'Link to anything else you want to show, a map or another video site, instead of embedding it.',
    example: ['https://maps.example.org/embed']
  }),
  unusableUrl: entry({
    id: 'MB3006',
    severity: 'warning',
    title: 'URL that cannot be published',
    message: (what: string, outcome: string) => `Unexpected ${what}, expected a URL such as https://example.org/page or /media/photo.jpg; ${outcome}`,
    hint: 'Percent-encode what a URL cannot hold as written (%20 for a space, %25 for a percent sign), or correct the address.',
    example: ['space in the link URL "https://example.org/a b"', 'the link is published as plain text']
  }),
  invalidAttributeValue: entry({
    id: 'MB3007',
    severity: 'warning',
    title: 'HTML attribute with a value it cannot take',
    message: (attribute: string, value: string, tag: string, expected: string) =>
      `Unexpected ${attribute}="${value}" on <${tag}>, expected ${expected}; the attribute is left out`,
    example: ['dir', 'sideways', 'p', 'ltr, rtl or auto']
  }),
  duplicateId: entry({
    id: 'MB3008',
    severity: 'warning',
    title: 'Two elements with one id',
    message: (id: string) => `Unexpected second element with id="${id}", expected each id once; the attribute is left out`,
    hint: 'Give each element its own id; links to the id then lead to the first element that has it.',
    example: ['budget']
  }),
  tooDeeplyNested: entry({
    id: 'MB3009',
    severity: 'warning',
    title: 'HTML nested too deep',
    message: (max: number) =>
      `Unexpected HTML nested more than ${max} elements deep, expected shallower markup; the deeper elements are left out, their text stays`,
    hint: 'Markup this deep is usually a tag opened over and over and never closed: close each tag you open.',
    example: [64]
  }),
  misplacedElement: entry({
    id: 'MB3010',
    severity: 'warning',
    title: 'HTML element where HTML does not allow it',
    message: (tag: string, problem: string) => `Unexpected <${tag}> ${problem}; its content is kept without the tag`,
    hint: 'Move the element to where it may stand, or leave the tag out.',
    example: ['div', 'inside <h2>, expected only text-level content (such as <b> or <a>) there']
  }),
  looseListContent: entry({
    id: 'MB3011',
    severity: 'warning',
    title: 'List content outside a list item',
    message: (list: string) => `Unexpected content directly inside <${list}>, expected it inside <li>; it is put in one`,
    example: ['ul']
  }),
  emptyTableRow: entry({
    id: 'MB3012',
    severity: 'warning',
    title: 'Table row without cells',
    message: () => 'Unexpected table row without cells, expected at least one <td> or <th>; the row is left out',
    example: []
  }),
  colspanPastColumns: entry({
    id: 'MB3013',
    severity: 'warning',
    title: 'Cell spanning columns the table does not have',
    message: (span: number, kept: number) =>
      `Unexpected colspan="${span}" over columns where no cell begins, expected it to span only columns of the table; it spans ${kept}`,
    example: [3, 2]
  }),
  rowspanPastRows: entry({
    id: 'MB3014',
    severity: 'warning',
    title: 'Cell spanning rows past its table section',
    message: (span: string, kept: number) =>
      `Unexpected rowspan="${span}" past the last row, expected it to end within its table section; it spans ${kept}`,
    example: ['4', 2]
  }),
  ampImageWithoutSize: entry({
    id: 'MB3015',
    severity: 'warning',
    title: 'Image the AMP page cannot show',
    message: (src: string) =>
      `image ${src} has no known size, so the AMP page links to it instead of showing it; expected width and height or a file in content/media/`,
    hint: 'Copy the image into content/media/ and link it as /media/<name>: Matbuot then knows its size.',
    example: ['https://example.org/photo.jpg']
  }),
  unknownCommand: entry({
    id: 'MB4001',
    severity: 'error',
    title: 'Unknown command',
    message: (command: string, known: readonly string[]) => `Unknown command "${command}", expected one of: ${known.join(', ')} (see matbuot --help)`,
    example: ['biuld', ['build', 'check', 'new', 'dev']]
  }),
  invalidOption: entry({
    id: 'MB4002',
    severity: 'error',
    title: 'Command-line option with a value it cannot take',
    message: (option: string, problem: string) => `${option}: ${problem}`,
    hint: 'Run matbuot <command> --help for the options a command takes and the values they expect.',
    example: ['--jobs', 'expected a whole number of threads from 1 up, got "many"']
  }),
  unreadableCommandLine: entry({
    id: 'MB4003',
    severity: 'error',
    title: 'Unknown option or option without its value',
    message: (reason: string) => reason,
    hint: 'Run matbuot <command> --help for the options a command takes.',
    example: ['Unknown option `--out-dir`']
  }),
  sourceChanged: entry({
    id: 'MB4101',
    severity: 'error',
    title: 'Source saved again during the build',
    message: (file: string) => `${file} changed while the build was running, so nothing was published; build again`,
    hint: 'A build reads each file twice, for its front matter and for its text; let saving or syncing finish before building.',
    example: ['content/2024/05/budget.en.md']
  }),
  fileSystemFailure: entry({
    id: 'MB4102',
    severity: 'error',
    title: 'File or folder that cannot be used',
    message: (action: string, reason: string) => `cannot ${action}: ${reason}`,
    hint: 'Choose another path, free some space or change the permission, as the reason says.',
    example: ['create /srv/site', 'the file system is read-only']
  }),
  unusableImage: entry({
    id: 'MB3016',
    severity: 'error',
    title: 'Image that cannot be made into renditions',
    message: (src: string, reason: string) => `image ${src} could not be decoded (${reason}), expected a JPEG, PNG or WebP file that opens`,
    hint: 'Export the image again from an image editor; one over images.maxPixels in site.yaml must be made smaller first.',
    example: ['/media/photo.jpg', 'Input image exceeds pixel limit']
  }),
  imageSizeMismatch: entry({
    id: 'MB3017',
    severity: 'error',
    title: 'Image size that differs from the file',
    message: (src: string, field: string, declared: number, real: number) =>
      `image ${src} declares ${field} ${declared}, expected ${real} as the file has`,
    hint: 'Remove image.width and image.height: the build reads them from the file.',
    example: ['/media/photo.jpg', 'image.width', 800, 1200]
  }),
  unreadableImage: entry({
    id: 'MB3018',
    severity: 'error',
    title: 'Media file that is not an image the build can read',
    message: (src: string) =>
      `image ${src} is in content/media/ but is not an image the build can read, expected a JPEG, PNG, WebP, AVIF, GIF or SVG file`,
    hint: 'Save it in one of those formats (a TIFF or HEIC as JPEG, say) and link the new file; other files in content/media/ are published as they are, but not shown as images.',
    example: ['/media/scan.tiff']
  })
}

/** What an entry says whatever its message's arguments. */
export type EntryFacts = Pick<CatalogEntry, 'id' | 'severity' | 'title' | 'hint'>

const byId: ReadonlyMap<string, EntryFacts> = new Map(Object.values(catalog).map((entry): [string, EntryFacts] => [entry.id, entry]))

/** The entry of a stable id, e.g. a processor message's `ruleId`. */
export function catalogEntry(id: string | null | undefined): EntryFacts | undefined {
  if (id === undefined || id === null) return undefined
  return byId.get(id)
}

export type CatalogName = keyof typeof catalog
