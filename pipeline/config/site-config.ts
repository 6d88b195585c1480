import {z} from 'zod'
import {LOCALES} from './locales.ts'
import {kebabId} from './text-patterns.ts'

const localeSettings = z.strictObject({
  code: z.enum(LOCALES, {error: `expected one of ${LOCALES.join(', ')}`}),
  /** BCP 47 tag written into lang and hreflang, e.g. uz-Latn. */
  tag: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, {error: 'expected a BCP 47 language tag such as uz-Latn'}),
  /** Locale handed to Intl for dates, e.g. en-GB for "31 August 2022". */
  intl: z.string(),
  /** The language's own name, shown in the language switcher. */
  label: z.string().min(1),
  /** Generate this locale by transliteration from another (uz-Cyrl from uz); a hand-written file wins. */
  transliterateFrom: z.enum(LOCALES).optional(),
  /** URL prefix of its pages (default: the code in lowercase, e.g. uz-cyrl). */
  prefix: z.string().regex(kebabId, {error: 'expected a URL prefix in lowercase letters, digits and hyphens'}).optional()
})

export const siteConfigSchema = z.strictObject({
  /** Absolute base of every canonical URL, without a trailing slash. */
  baseUrl: z.url({protocol: /^https?$/, error: 'expected an absolute http(s) URL'}).transform((url) => url.replace(/\/+$/, '')),
  locales: z.array(localeSettings).min(1, {error: 'expected at least one locale'}),
  defaultLocale: z.enum(LOCALES),
  /** IANA zone that dates are shown in (default: `Asia/Tashkent`). */
  timeZone: z.string().default('Asia/Tashkent'),
  /** Releases per home or tag page (default: `10`). */
  pageSize: z.int().positive().default(10),
  /** Entries in each locale's feeds: the newest N releases (default: `50`). */
  feedSize: z.int().positive().default(50),
  /** Publish an AMP page beside every article (default: `true`). */
  amp: z.boolean().default(true),
  /** Publish a search page per language and the archive's search index, a shard per language and year (default: `false`). */
  search: z.boolean().default(false),
  /** What partners may do with the syndication copies, written into every ninjs item. */
  syndication: z.strictObject({
    copyrightHolder: z.string().min(1),
    usageTerms: z.string().min(1)
  }),
  /** Agency logo under /media/, used by JSON-LD and the header. */
  logo: z.string().regex(/^\/media\//, {error: 'expected a path under /media/'}),
  /** Image under /media/ that shares and structured data show for a release without its own (default: none). */
  defaultImage: z
    .string()
    .regex(/^\/media\//, {error: 'expected a path under /media/'})
    .optional(),
  /** WebSub hubs the feeds name, so readers subscribed through one hear of a change at once (default: none). */
  hubs: z.array(z.url({protocol: /^https?$/, error: 'expected the absolute http(s) URL of a WebSub hub'})).default([]),
  /** Tell the hubs of every feed a build changed, as `matbuot build --notify` does (default: `false`). */
  notifyHubs: z.boolean().default(false),
  /** Responsive renditions of the images releases show (default: the values below). */
  images: z
    .strictObject({
      /** Widths in pixels to make of each image, never wider than its file (default: `[480, 800, 1200, 1600]`). */
      widths: z.array(z.int().positive()).min(1, {error: 'expected at least one width'}).default([480, 800, 1200, 1600]),
      /** Keep the source's EXIF copyright and artist lines in renditions, and no other metadata (default: `false`). */
      keepCopyright: z.boolean().default(false),
      /** Images with more pixels than this are refused rather than decoded (default: `40000000`). */
      maxPixels: z.int().positive().default(40_000_000)
    })
    .prefault({})
})

export type SiteConfig = Readonly<z.infer<typeof siteConfigSchema>>
export type LocaleSettings = SiteConfig['locales'][number]
