import {existsSync, statSync} from 'node:fs'
import {readFile} from 'node:fs/promises'
import {join, relative} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {parse as parseYaml} from 'yaml'
import {build, loadSite} from '../../pipeline/build.ts'
import {formatDiagnostic} from '../../pipeline/diagnostics/diagnostic.ts'
import {normalizeUzbekApostrophes} from '../../pipeline/load/uzbek-apostrophes.ts'
import {validateAmpFiles} from '../support/amp-validate-files.ts'
import {filesUnder} from '../support/build-content.ts'
import {xmlWellFormednessErrors} from '../support/feed-readers.ts'
import {readTextsWithFeedparser, readTextsWithJsParser, type EntryTexts, type FeedTexts} from '../support/feed-texts.ts'
import {at, childrenNamed, newsmlSchemaErrors, readNewsml, textOf} from '../support/newsml.ts'
import {ninjsValidator} from '../support/ninjs-schema.ts'
import {nuCheck} from '../support/nu-checker.ts'
import {PageProbe, type PageReport} from '../support/page-probe.ts'
import {makeSite} from '../support/site-fixture.ts'
import {startStaticServer, type StaticServer} from '../support/static-server.ts'

/** A corpus to build and hand to the real consumers of every output. */
export interface Corpus {
  readonly name: string
  /** The site's files, site.yaml included (a fresh copy each call). */
  readonly files: () => Record<string, string | Uint8Array>
  /** The build's clock. */
  readonly now: string
  /** Hosts a page may load images from: those of plain Markdown images in the corpus. */
  readonly remoteImageHosts: readonly string[]
}

const prefixes = {en: 'en', ru: 'ru', uz: 'uz', 'uz-Cyrl': 'uz-cyrl'} as const
type SiteLocale = keyof typeof prefixes
// The agency's name as each locale file spells it.
const siteNames: Readonly<Record<SiteLocale, string>> = {en: 'Dunyo', ru: 'Дунё', uz: 'Dunyo', 'uz-Cyrl': 'Dunyo'}

/** The front-matter text one release-language should show, after the documented normalization. */
interface ExpectedTexts {
  readonly locale: SiteLocale
  readonly title: string
  readonly summary: string
  readonly dateline?: string
  readonly author?: string
  readonly alt?: string
  readonly caption?: string
}

interface BuiltSite {
  readonly dist: string
  readonly origin: string
  /** By the release-language's site path, e.g. `/en/2024/05/slug/`. */
  readonly expected: ReadonlyMap<string, ExpectedTexts>
  readonly htmlPages: readonly string[]
  readonly ampPages: readonly string[]
}

// The README: C0 controls but tab and line ends, U+FFFE, U+FFFF and lone surrogates are removed as
// each source is read (raw characters) and from every parsed YAML string (escapes).
const xmlIllegal = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
const stripXmlIllegal = (text: string) => text.replace(xmlIllegal, '')

// XML allows these but HTML forbids them (DEL, C1 controls, noncharacters): a page must drop them,
// a feed may keep them. Text is compared without them, so either choice passes.
const htmlForbidden =
  /[\u007F-\u009F\uFDD0-\uFDEF]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]/g
const comparable = (text: string) => text.replace(htmlForbidden, '')
// What a reader sees of rendered text: HTML collapses runs of ASCII whitespace.
const collapsed = (text: string) =>
  comparable(text)
    .replace(/[\t\n\f\r ]+/g, ' ')
    .trim()

/** Build the corpus once, then check its every output with the program that consumes it. */
export function checkWithConsumers(corpus: Corpus): void {
  let server: StaticServer
  let site: BuiltSite | undefined
  let buildProblems: string[] = []

  beforeAll(async () => {
    const root = await makeSite(corpus.files())
    // The site is built for the origin it is served from, so its absolute URLs are its own.
    server = await startStaticServer({
      headers: (path): Record<string, string> =>
        path.endsWith('.html') || path.endsWith('/') ? {'content-security-policy-report-only': policyFor(path)} : {}
    })
    const dist = join(root, 'dist')
    let result: Awaited<ReturnType<typeof build>>
    try {
      result = await build({root, outDir: dist, now: new Date(corpus.now), baseUrl: server.origin, cache: false})
    } catch (error) {
      // A crash is a finding like any other: report it in the first test, not as a broken suite.
      buildProblems = [`build() threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`]
      return
    }
    buildProblems = result.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic)
    if (!result.ok) return
    server.serve(dist)
    const pages = await filesUnder(dist, '.html')
    site = {
      dist,
      origin: server.origin,
      expected: await expectedTexts(root, corpus.files()),
      htmlPages: pages.filter((page) => !isAmpPath(page)),
      ampPages: pages.filter(isAmpPath)
    }
  })

  afterAll(async () => {
    await server?.close()
  })

  const built = (): BuiltSite => {
    if (!site) throw new Error(`the ${corpus.name} corpus did not build:\n${buildProblems.join('\n')}`)
    return site
  }
  const shortPath = (file: string) => relative(built().dist, file.replace(/^file:/, ''))

  describe(`the ${corpus.name} corpus`, () => {
    it('should build, with warnings at most', () => {
      expect(buildProblems).toEqual([])
      expect(site).toBeDefined()
    })

    it('should give HTML pages (articles, home, tags, root, 404, partner copies) with no Nu Html Checker error', () => {
      const {htmlPages} = built()
      const errors = nuCheck(htmlPages).map(
        (m) => `${shortPath(m.url)}:${m.lastLine ?? '?'} ${m.message}${m.extract ? ` [${m.extract.replace(/\s+/g, ' ').trim()}]` : ''}`
      )
      expect(errors).toEqual([])
    })

    it('should give AMP pages that pass the official AMP validator', async () => {
      const {ampPages} = built()
      expect(ampPages.length).toBeGreaterThan(0)
      const failures = (await validateAmpFiles(ampPages)).flatMap((result) => {
        if ('crash' in result) return [`${shortPath(result.file)} crashes the validator: ${result.crash}`]
        return result.status === 'PASS'
          ? []
          : (result.errors.length > 0 ? result.errors : [result.status]).map((e) => `${shortPath(result.file)} ${e}`)
      })
      expect(failures).toEqual([])
    })

    it('should give well-formed XML in every .xml file (feeds, sitemaps), by xmllint', async () => {
      const {dist} = built()
      expect(xmlWellFormednessErrors(await filesUnder(dist, '.xml'))).toBe('')
    })

    it('should give RSS and Atom feeds that feedparser reads cleanly (bozo 0) with every title, summary and author as written', () => {
      const {dist} = built()
      const feeds = readTextsWithFeedparser(xmlFeeds(dist))
      expect(feeds.flatMap((feed) => feedProblems(feed))).toEqual([])
    })

    it('should give RSS and Atom feeds that the JavaScript reader reads with every title, summary and author as written', async () => {
      const {dist} = built()
      const feeds = await Promise.all(xmlFeeds(dist).map(async (file) => readTextsWithJsParser(file, await readFile(file, 'utf8'))))
      // This reader parses an RSS author as a contact string ("name <email> (url)"), as RSS 2.0's
      // <author> is defined, even from dc:creator: it cannot give arbitrary text back there.
      const withoutRssAuthor = (feed: FeedTexts): FeedTexts =>
        feed.file.endsWith('rss.xml') ? {...feed, entries: feed.entries.map((e) => ({...e, author: undefined}))} : feed
      expect(feeds.map(withoutRssAuthor).flatMap((feed) => feedProblems(feed))).toEqual([])
    })

    it('should give JSON Feeds with every title, summary and author as written', async () => {
      const {dist} = built()
      const problems: string[] = []
      for (const locale of Object.keys(prefixes) as SiteLocale[]) {
        const file = join(dist, prefixes[locale], 'feed.json')
        let feed: {items: {url: string; title: string; summary: string; authors?: {name: string}[]}[]}
        try {
          feed = JSON.parse(await readFile(file, 'utf8'))
        } catch (error) {
          problems.push(`${shortPath(file)}: ${String(error)}`)
          continue
        }
        const entries = feed.items.map((item) => ({link: item.url, title: item.title, summary: item.summary, author: item.authors?.[0]?.name ?? ''}))
        problems.push(...feedProblems({file, entries}))
      }
      expect(problems).toEqual([])
    })

    it('should give ninjs items that parse, validate against the IPTC schema and carry the text as written', async () => {
      const {dist, expected} = built()
      const validate = ninjsValidator()
      const problems: string[] = []
      for (const file of await filesUnder(join(dist, 'syndication'), '.json')) {
        let item: {
          headlines?: {value: string}[]
          descriptions?: {value: string}[]
          by?: string
          located?: string
          renditions?: {href: string; contentType?: string}[]
        }
        try {
          item = JSON.parse(await readFile(file, 'utf8'))
        } catch (error) {
          problems.push(`${shortPath(file)}: ${String(error)}`)
          continue
        }
        if (file.endsWith('/index.json')) continue
        problems.push(...validate(item).map((e) => `${shortPath(file)}: ${e}`))
        const page = item.renditions?.find((r) => r.contentType === 'text/html' && !r.href.includes('/syndication/'))?.href
        const texts = page ? expected.get(new URL(page).pathname) : undefined
        if (!texts) {
          problems.push(`${shortPath(file)}: no rendition links to a public page of the corpus (${page})`)
          continue
        }
        problems.push(
          ...differences(shortPath(file), [
            ['headline', item.headlines?.[0]?.value, texts.title],
            ['description', item.descriptions?.[0]?.value, texts.summary],
            ['by', item.by, texts.author],
            ['located', item.located, texts.dateline]
          ])
        )
      }
      expect(problems).toEqual([])
    })

    it('should give NewsML-G2 items that validate against the IPTC schema and carry the text as written', async () => {
      const {dist, expected} = built()
      const files = await filesUnder(join(dist, 'syndication'), '.xml')
      const problems = newsmlSchemaErrors(files).map((error) => error.replaceAll(`${dist}/`, ''))
      // A release-language's item and its picture, by the public page the item links.
      const textsOf = async (file: string) => {
        const item = readNewsml(await readFile(file.replace(/\.picture\.xml$/, '.xml'), 'utf8'))
        const page = childrenNamed(at(item, 'itemMeta'), 'link').find((link) => link.attributes?.contenttype === 'text/html')?.attributes?.href
        return page === undefined ? undefined : expected.get(new URL(String(page)).pathname)
      }
      for (const file of files.filter((f) => !/\/syndication\/\d{4}\//.test(f))) {
        let item: ReturnType<typeof readNewsml>
        let texts: ExpectedTexts | undefined
        try {
          item = readNewsml(await readFile(file, 'utf8'))
          texts = await textsOf(file)
        } catch (error) {
          problems.push(`${shortPath(file)}: ${String(error)}`)
          continue
        }
        if (!texts) {
          problems.push(`${shortPath(file)}: links no public page of the corpus`)
          continue
        }
        const descriptions = new Map(childrenNamed(at(item, 'contentMeta'), 'description').map((d) => [d.attributes?.role, textOf(d)]))
        problems.push(
          ...differences(
            shortPath(file),
            file.endsWith('.picture.xml')
              ? [
                  ['caption', descriptions.get('drol:caption'), texts.caption],
                  ['alt text', descriptions.get('drol:altText'), texts.alt]
                ]
              : [
                  ['headline', textOf(at(item, 'contentMeta/headline')), texts.title],
                  ['description', descriptions.get('drol:summary'), texts.summary],
                  ['by', textOf(at(item, 'contentMeta/by')), texts.author],
                  ['located', textOf(at(item, 'contentMeta/located/name')), texts.dateline]
                ]
          )
        )
      }
      expect(problems).toEqual([])
    })

    describe('in headless Chromium, served from 127.0.0.1 with a report-only CSP', () => {
      let reports: PageReport[] = []
      beforeAll(async () => {
        if (!site) return
        const probe = await PageProbe.start(site.origin)
        try {
          const paths = [...site.htmlPages, ...site.ampPages].map((file) => `/${relative(site!.dist, file)}`.replace(/index\.html$/, ''))
          reports = await probe.visitAll(paths, (path) => ({texts: pageTexts, allowScript: isAmpPath(path) ? isAmpScript : undefined}))
        } finally {
          await probe.close()
        }
      })
      const each = (problem: (report: PageReport) => string[]) => {
        built()
        expect(reports.length).toBe(built().htmlPages.length + built().ampPages.length)
        return reports.flatMap((report) => problem(report).map((p) => `${report.url}: ${p}`))
      }

      it('should run no script: no dialog, no script-src violation, no script error or output, no navigation', () => {
        expect(
          each((r) => [
            ...(r.loadError ? [`not loaded: ${r.loadError}`] : []),
            ...r.calls.map((c) => `ran ${c}`),
            ...r.violations
              .filter((v) => v.directive.startsWith('script-src'))
              .map((v) => `${v.directive} violation: ${v.blocked} ${v.sample}`.trim()),
            ...r.pageErrors.map((e) => `page error ${e}`),
            ...r.consoleMessages
              .filter((m) => !/violates the following Content Security Policy|^error: Failed to load resource/.test(m))
              .map((m) => `console ${m}`),
            ...r.navigatedTo.map((to) => `navigated to ${to}`)
          ])
        ).toEqual([])
      })

      // A release may embed a remote image with Markdown (`![](https://images.example.test/a.png)`):
      // a plain <img> the reader's browser fetches, as on any news site. Nothing else may come from
      // another host: no script, frame, object, stylesheet, font, media, and no image by any other
      // route (srcset, poster, SVG, CSS). Requests never leave: each is recorded, then aborted.
      it('should load nothing from another host but plain images from the hosts the corpus embeds', () => {
        const allowedImage = (url: string, type: string) => type === 'image' && corpus.remoteImageHosts.includes(hostOf(url))
        // The probe works: the corpus's own remote images were requested (and aborted), and the
        // report-only policy reached the pages (it reports those images as img-src violations).
        if (corpus.remoteImageHosts.length > 0) {
          expect(reports.some((r) => r.foreignRequests.some((q) => allowedImage(q.url, q.type)))).toBe(true)
          expect(reports.some((r) => r.violations.some((v) => v.directive === 'img-src' && allowedImage(v.blocked, 'image')))).toBe(true)
        }
        expect(
          each((r) => [
            ...r.foreignRequests.filter((q) => !allowedImage(q.url, q.type)).map((q) => `requested ${q.type} ${q.url}`),
            ...r.violations
              .filter((v) => !v.directive.startsWith('script-src') && !(v.directive === 'img-src' && allowedImage(v.blocked, 'image')))
              .map((v) => `${v.directive} violation: ${v.blocked}`)
          ])
        ).toEqual([])
      })

      it('should hold no active content in the DOM the browser built: no script, frame, form, handler, script URL, SVG or MathML', () => {
        expect(each((r) => r.dom?.activeContent ?? [])).toEqual([])
      })

      it('should have JSON-LD that parses, and show the front-matter text as written in headline, title, meta and figure', () => {
        expect(
          each((r) =>
            r.dom
              ? [
                  ...r.dom.jsonLd.filter((j) => !j.ok).map((j) => `JSON-LD does not parse: ${j.error} in ${JSON.stringify(j.text)}`),
                  ...textProblems(r)
                ]
              : []
          )
        ).toEqual([])
      })

      it('should have every link to a fragment of the same page land on an element', () => {
        expect(each((r) => (r.dom?.brokenFragments ?? []).map((link) => `link to nowhere: ${link}`))).toEqual([])
      })

      it('should point every image of its own origin at a file that exists', () => {
        const {dist, origin} = built()
        expect(
          each((r) =>
            (r.dom?.images ?? [])
              .filter((src) => src.startsWith(`${origin}/`))
              .filter((src) => {
                let path: string
                try {
                  path = decodeURIComponent(new URL(src).pathname)
                } catch {
                  return true
                }
                const file = join(dist, path)
                return !existsSync(file) || !statSync(file).isFile()
              })
              .map((src) => `broken image ${src}`)
          )
        ).toEqual([])
      })
    })
  })

  function xmlFeeds(dist: string): string[] {
    return (Object.values(prefixes) as string[]).flatMap((prefix) => [join(dist, prefix, 'rss.xml'), join(dist, prefix, 'atom.xml')])
  }

  /** Each entry's text against the front matter; every release-language of the feed's locale present. */
  function feedProblems(feed: FeedTexts): string[] {
    const {expected} = built()
    const where = shortPath(feed.file)
    if (feed.problem) return [`${where}: ${feed.problem}`]
    const prefix = where.split('/')[0]!
    const locale = (Object.keys(prefixes) as SiteLocale[]).find((l) => prefixes[l] === prefix)!
    const problems: string[] = []
    const seen = new Set<string>()
    for (const entry of feed.entries) {
      let path: string
      try {
        path = new URL(entry.link).pathname
      } catch {
        problems.push(`${where}: entry link ${JSON.stringify(entry.link)} is not a URL`)
        continue
      }
      seen.add(path)
      const texts = expected.get(path)
      if (!texts) {
        problems.push(`${where}: entry links to ${entry.link}, which is no release of the corpus`)
        continue
      }
      problems.push(...differences(`${where} ${path}`, entryFields(entry, texts)))
    }
    for (const [path, texts] of expected) if (texts.locale === locale && !seen.has(path)) problems.push(`${where}: no entry for ${path}`)
    return problems
  }

  function textProblems(report: PageReport): string[] {
    const {expected} = built()
    const texts = report.dom!.texts
    const article = /^\/(?:syndication\/)?([a-z-]+)\/(\d{4})\/(\d{2})\/([a-z0-9-]+)(?:\/amp\/|\/|\.html)$/.exec(report.url)
    if (!article) return []
    const expect = expected.get(`/${article[1]}/${article[2]}/${article[3]}/${article[4]}/`)
    if (!expect) return [`no release of the corpus at this path`]
    const first = (key: string) => texts[key]?.[0]
    const problems: string[] = []
    const shown = (field: string, actual: string | undefined, wanted: string | undefined) => {
      if (wanted !== undefined && (actual === undefined || collapsed(actual) !== collapsed(wanted)))
        problems.push(
          `${field}: expected ${JSON.stringify(collapsed(wanted))}, got ${JSON.stringify(actual === undefined ? actual : collapsed(actual))}`
        )
    }
    shown('h1', first('h1'), expect.title)
    const title = first('title') ?? ''
    const siteName = siteNames[expect.locale]
    if (collapsed(title) !== collapsed(expect.title) && collapsed(title) !== `${collapsed(expect.title)} — ${siteName}`) {
      problems.push(
        `<title>: expected ${JSON.stringify(collapsed(expect.title))} (with or without " — ${siteName}"), got ${JSON.stringify(collapsed(title))}`
      )
    }
    problems.push(...differences('meta description', [['content', first('description'), expect.summary]]))
    if (texts.ogTitle?.length) problems.push(...differences('og:title', [['content', first('ogTitle'), expect.title]]))
    if (expect.alt !== undefined && texts.heroAlt?.length) problems.push(...differences('figure image', [['alt', first('heroAlt'), expect.alt]]))
    if (texts.heroAlt?.length) shown('figcaption', first('caption'), expect.caption)
    const meta = collapsed(first('meta') ?? '')
    for (const [field, value] of [
      ['dateline', expect.dateline],
      ['author', expect.author]
    ] as const) {
      if (value !== undefined && !meta.includes(collapsed(value)))
        problems.push(`${field}: expected the byline to contain ${JSON.stringify(collapsed(value))}, got ${JSON.stringify(meta)}`)
    }
    const news = report.dom!.jsonLd.flatMap((j) =>
      j.ok && (j.value as {'@type'?: string})['@type'] === 'NewsArticle' ? [j.value as {headline: string; description: string}] : []
    )
    for (const item of news)
      problems.push(
        ...differences('JSON-LD NewsArticle', [
          ['headline', item.headline, expect.title],
          ['description', item.description, expect.summary]
        ])
      )
    return problems
  }
}

// Read from each page; the selectors cover the article page, its AMP page and the partner copy.
const pageTexts = {
  h1: 'article h1',
  title: 'title',
  description: 'meta[name="description"] @content',
  ogTitle: 'meta[property="og:title"] @content',
  heroAlt: 'figure.release-image img, figure.release-image amp-img, article > figure > img @alt',
  caption: 'figure.release-image figcaption, article > figure > figcaption',
  meta: '.release-meta, article > p.dateline'
}

function entryFields(entry: EntryTexts, texts: ExpectedTexts): [string, string | undefined, string | undefined][] {
  return [
    ['title', entry.title, texts.title],
    ['summary', entry.summary, texts.summary],
    ...(entry.author === undefined ? [] : [['author', entry.author, texts.author] as [string, string, string | undefined]])
  ]
}

/** Exact comparison, but for characters a page must drop and a feed may keep (see `comparable`). */
function differences(where: string, fields: [string, string | undefined, string | undefined][]): string[] {
  return fields
    .filter(([, actual, wanted]) => wanted !== undefined && comparable(actual ?? '') !== comparable(wanted))
    .map(([field, actual, wanted]) => `${where} ${field}: expected ${JSON.stringify(comparable(wanted!))}, got ${JSON.stringify(actual)}`)
}

const policy = (scripts: string) => `default-src 'self'; script-src ${scripts}; img-src 'self'; style-src 'self' 'unsafe-inline'`
// AMP pages are meant to load the AMP runtime and its extensions from the AMP CDN, and nothing else.
const ampCdn = 'https://cdn.ampproject.org'
const isAmpScript = (url: string) => url === `${ampCdn}/v0.js` || /^https:\/\/cdn\.ampproject\.org\/v0\/amp-[a-z-]+-\d+\.\d+\.js$/.test(url)
function policyFor(path: string): string {
  return isAmpPath(path) ? policy(`${ampCdn}/v0.js ${ampCdn}/v0/`) : policy("'none'")
}

/** An AMP page's file or URL path: `<yyyy>/<mm>/<slug>/amp/`, never a release whose slug is `amp`. */
function isAmpPath(path: string): boolean {
  return /\/\d{4}\/\d{2}\/[a-z0-9-]+\/amp\/(?:index\.html)?$/.test(path)
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname
  } catch {
    return ''
  }
}

/**
 * What each release-language's front matter should read as, from the corpus files themselves:
 * XML-illegal characters removed, fields trimmed, Uzbek apostrophes normalized (the pipeline's own
 * rules, tested on their own). Uzbek Cyrillic is the pipeline's transliteration of the Latin text.
 */
async function expectedTexts(root: string, files: Record<string, string | Uint8Array>): Promise<Map<string, ExpectedTexts>> {
  const expected = new Map<string, ExpectedTexts>()
  for (const [file, content] of Object.entries(files)) {
    const match = /^content\/(\d{4})\/(\d{2})\/([a-z0-9-]+)\.(en|ru|uz)\.md$/.exec(file)
    if (!match || typeof content !== 'string') continue
    const [, year, month, slug, locale] = match as unknown as [string, string, string, string, 'en' | 'ru' | 'uz']
    const yaml = /^---\n([\s\S]*?)\n---\n/.exec(stripXmlIllegal(content))![1]!
    const fm = deepStrip(parseYaml(yaml)) as {
      title: string
      summary: string
      dateline?: string
      author?: string
      image?: {alt: string; caption?: string}
    }
    const prose = (text: string | undefined) =>
      text === undefined ? undefined : locale === 'uz' ? normalizeUzbekApostrophes(text.trim()).text : text.trim()
    expected.set(`/${prefixes[locale]}/${year}/${month}/${slug}/`, {
      locale,
      title: prose(fm.title)!,
      summary: prose(fm.summary)!,
      dateline: prose(fm.dateline),
      author: prose(fm.author),
      alt: prose(fm.image?.alt),
      caption: prose(fm.image?.caption)
    })
  }
  const site = await loadSite({root, cache: false})
  for (const release of site.config ? site.releases : []) {
    const fm = release.translations['uz-Cyrl']?.frontMatter
    if (!fm) continue
    expected.set(`/${prefixes['uz-Cyrl']}/${release.year}/${release.month}/${release.slug}/`, {
      locale: 'uz-Cyrl',
      title: fm.title,
      summary: fm.summary,
      dateline: fm.dateline,
      author: fm.author,
      alt: fm.image?.alt,
      caption: fm.image?.caption
    })
  }
  return expected
}

function deepStrip(value: unknown): unknown {
  if (typeof value === 'string') return stripXmlIllegal(value)
  if (Array.isArray(value)) return value.map(deepStrip)
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, deepStrip(v)]))
  return value
}
