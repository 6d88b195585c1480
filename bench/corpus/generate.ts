import {mkdir, readdir, readFile, rm, stat, writeFile} from 'node:fs/promises'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {imageSize} from 'image-size'
import {corpusLocales} from './locales.ts'
import type {CorpusFile} from './corpus-file.ts'
import {eleventyLocaleData, eleventyRelease} from './eleventy-shape.ts'
import {hugoRelease} from './hugo-shape.ts'
import {matbuotRelease, pagePath} from './matbuot-shape.ts'
import type {MediaFile, ReleasePlan} from './plan.ts'
import {planReleases} from './plan-releases.ts'
import {createRandom} from './prng.ts'
import {releaseImages} from './release-images.ts'
import {localize} from './render-text.ts'

const repoRoot = fileURLToPath(new URL('../../', import.meta.url))
const benchRoot = fileURLToPath(new URL('../', import.meta.url))

/** Marks a folder as a generated corpus, so that generating again may replace it. */
const manifestName = 'corpus.json'

export interface CorpusOptions {
  /** Releases to write; each in English, Russian and Uzbek. */
  readonly releases: number
  readonly seed: number
  /** The corpus folder: created, or replaced if it holds an earlier corpus. */
  readonly out: string
  /** `distinct`: each release's lead image is its own small generated JPEG; `shared`: one of the repo's images (default: `shared`). */
  readonly images?: CorpusImages
}

export type CorpusImages = 'shared' | 'distinct'

export interface Corpus {
  readonly dir: string
  readonly seed: number
  readonly plans: readonly ReleasePlan[]
  /** The images every release's image and inline image refer to, by index. */
  readonly media: readonly MediaFile[]
  /** Each release's own lead image, by plan index, when the corpus has distinct images. */
  readonly ownImages?: readonly MediaFile[]
}

/**
 * Write a complete Matbuot site (content, media, locales, site.yaml) and the same releases in the
 * shapes Hugo (`hugo/`) and Eleventy (`eleventy/`) read, all from one plan.
 */
export async function generateCorpus(options: Readonly<CorpusOptions>): Promise<Corpus> {
  const dir = options.out
  await clearFolder(dir)
  const media = await corpusMedia()
  const plans = planReleases(options.releases, media, createRandom(options.seed))
  const linkPath = (index: number, locale: (typeof corpusLocales)[number]) => pagePath(plans[index]!, locale)

  const writer = createWriter(dir)
  for (const file of await siteFiles(media)) await writer.write(file)
  const own = options.images === 'distinct' ? await releaseImages(options.seed, plans.length) : undefined
  for (const file of own?.files ?? []) await writer.write(file)
  for (const plan of plans) {
    for (const locale of corpusLocales) {
      const input = {plan, locale, text: localize(plan, locale, linkPath, media), media, ownImage: own?.images[plan.index]}
      for (const file of [matbuotRelease(input), hugoRelease(input), eleventyRelease(input)]) await writer.write(file)
    }
  }
  await writer.done()
  const images = options.images ?? 'shared'
  const manifest = {releases: options.releases, seed: options.seed, locales: corpusLocales, ...(images === 'shared' ? {} : {images})}
  await writeFile(join(dir, manifestName), `${JSON.stringify(manifest, null, 2)}\n`)
  return {dir, seed: options.seed, plans, media, ...(own ? {ownImages: own.images} : {})}
}

/** Never delete a folder this generator did not make. */
async function clearFolder(dir: string): Promise<void> {
  let entries: string[]
  try {
    entries = await readdir(dir)
  } catch {
    return
  }
  if (entries.length === 0) return
  if (!entries.includes(manifestName))
    throw new Error(`Unexpected files in ${dir}, expected an empty folder or an earlier corpus (with ${manifestName})`)
  await rm(dir, {recursive: true, force: true})
}

/** The repo's own images (real files with real sizes), which every release's image refers to. */
async function corpusMedia(): Promise<MediaFile[]> {
  const folder = join(repoRoot, 'content/media')
  const names = (await readdir(folder)).filter((name) => /\.(?:jpe?g|png)$/.test(name) && !name.includes('logo')).sort()
  return Promise.all(
    names.map(async (name) => {
      const {width, height} = imageSize(await readFile(join(folder, name)))
      return {name, width, height}
    })
  )
}

/** Everything but the releases: config, strings, templates and media of each shape. */
async function siteFiles(media: readonly MediaFile[]): Promise<CorpusFile[]> {
  const files: CorpusFile[] = [
    ...(await copyTree(join(repoRoot, 'site.yaml'), 'site.yaml')),
    ...(await copyTree(join(repoRoot, 'locales'), 'locales')),
    ...(await copyTree(join(benchRoot, 'hugo/config.yaml'), 'hugo/config.yaml')),
    ...(await copyTree(join(benchRoot, 'hugo/layouts'), 'hugo/layouts')),
    ...(await copyTree(join(benchRoot, 'eleventy/_includes'), 'eleventy/_includes')),
    ...corpusLocales.map(eleventyLocaleData)
  ]
  // The site logo too: site.yaml names it.
  const mediaNames = [...media.map((m) => m.name), 'dunyo-logo.png']
  for (const name of mediaNames) {
    const bytes = await readFile(join(repoRoot, 'content/media', name))
    for (const target of ['content/media', 'hugo/static/media', 'eleventy/media']) files.push({path: `${target}/${name}`, content: bytes})
  }
  return files
}

async function copyTree(source: string, target: string): Promise<CorpusFile[]> {
  if (!(await stat(source)).isDirectory()) return [{path: target, content: await readFile(source)}]
  const entries = await readdir(source, {recursive: true, withFileTypes: true})
  return Promise.all(
    entries
      .filter((entry) => entry.isFile())
      .map(async (entry) => {
        const path = join(entry.parentPath, entry.name)
        return {path: join(target, path.slice(source.length + 1)), content: await readFile(path)}
      })
  )
}

/** Writes files with a bounded number in flight: tens of thousands, one at a time, would be slow. */
function createWriter(dir: string, inFlight = 32) {
  const made = new Map<string, Promise<unknown>>()
  const pending = new Set<Promise<void>>()
  const ensureFolder = (folder: string) => {
    let promise = made.get(folder)
    if (!promise) made.set(folder, (promise = mkdir(folder, {recursive: true})))
    return promise
  }
  return {
    async write(file: CorpusFile): Promise<void> {
      const path = join(dir, file.path)
      const task = ensureFolder(dirname(path))
        .then(() => writeFile(path, file.content))
        .finally(() => pending.delete(task))
      pending.add(task)
      if (pending.size >= inFlight) await Promise.race(pending)
    },
    async done(): Promise<void> {
      await Promise.all(pending)
    }
  }
}
