import {existsSync} from 'node:fs'
import {mkdir, readdir, readFile, rm, stat, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import sharp from 'sharp'
import {describe, expect, it, vi} from 'vitest'
import {build} from '../../pipeline/build.ts'
import {renditionWidths} from '../../pipeline/config/image-renditions.ts'
import {exifCredits} from '../../pipeline/outputs/renditions/exif-credits.ts'
import {formatDiagnostic} from '../../pipeline/diagnostics/diagnostic.ts'
import {childProcesses} from '../support/child-processes.ts'
import {ninjsValidator} from '../support/ninjs-schema.ts'
import {startDev} from '../support/preview.ts'
import {fixtureConfig, makeSite, release, tinyPng} from '../support/site-fixture.ts'

/** A 1000×600 JPEG taken sideways (EXIF orientation 6), with a camera's copyright, GPS position and XMP. */
async function cameraJpeg(): Promise<Buffer> {
  return sharp({create: {width: 1000, height: 600, channels: 3, background: {r: 200, g: 90, b: 40}}})
    .withExif({IFD0: {Copyright: 'Photo agency', Artist: 'A photographer'}, IFD3: {GPSLatitudeRef: 'N', GPSLatitude: '41/1 18/1 0/1'}})
    .withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/></x:xmpmeta>')
    .withMetadata({orientation: 6})
    .jpeg()
    .toBuffer()
}

async function photoSite(image: Record<string, unknown> = {}, config = fixtureConfig, photo?: Uint8Array): Promise<string> {
  return makeSite(
    {
      'content/media/logo.png': tinyPng,
      'content/media/photo.jpg': photo ?? (await cameraJpeg()),
      'content/2024/05/photo.en.md': release({title: 'With a photo', image: {src: '/media/photo.jpg', alt: 'A photo', ...image}})
    },
    {config}
  )
}

/** A grey 1600×900 PNG with a red band along the top of its right edge, which only a crop moved to that corner shows. */
async function cornerPng(): Promise<Buffer> {
  const band = await sharp({create: {width: 200, height: 24, channels: 3, background: {r: 255, g: 0, b: 0}}})
    .png()
    .toBuffer()
  return sharp({create: {width: 1600, height: 900, channels: 3, background: {r: 128, g: 128, b: 128}}})
    .composite([{input: band, left: 1400, top: 0}])
    .png()
    .toBuffer()
}

/** Whether the pixel near a picture's top right corner is red. */
async function redAtTopRight(file: string): Promise<boolean> {
  const {data, info} = await sharp(await readFile(file))
    .raw()
    .toBuffer({resolveWithObject: true})
  const at = (4 * info.width + info.width - 8) * info.channels
  return data[at]! > 200 && data[at + 1]! < 60 && data[at + 2]! < 60
}

async function cacheTimes(root: string): Promise<Record<string, number>> {
  const folder = join(root, '.cache/matbuot/renditions')
  const files = (await readdir(folder, {recursive: true, withFileTypes: true})).filter((entry) => entry.isFile())
  return Object.fromEntries(await Promise.all(files.map(async (entry) => [entry.name, (await stat(join(entry.parentPath, entry.name))).mtimeMs])))
}

describe('image renditions', () => {
  it('should never make a width above the source', () => {
    expect(renditionWidths(3000, [480, 800, 1200, 1600])).toEqual([480, 800, 1200, 1600])
    expect(renditionWidths(1000, [480, 800, 1200, 1600])).toEqual([480, 800, 1000])
    expect(renditionWidths(300, [480, 800])).toEqual([300])
  })

  it('should write upright sRGB renditions with no EXIF, GPS, XMP or IPTC block', async () => {
    const root = await photoSite()
    const result = await build({root})
    expect(result.ok).toBe(true)
    const media = (await readdir(join(root, 'dist/media'))).sort()
    expect(media.filter((name) => name.startsWith('photo-'))).toEqual([
      'photo-16x9.jpg',
      'photo-1x1.jpg',
      'photo-480.avif',
      'photo-480.jpg',
      'photo-480.webp',
      'photo-4x3.jpg',
      'photo-600.avif',
      'photo-600.jpg',
      'photo-600.webp',
      'photo-share.jpg'
    ])
    for (const name of ['photo-480.jpg', 'photo-600.webp', 'photo-480.avif']) {
      const meta = await sharp(await readFile(join(root, 'dist/media', name))).metadata()
      expect(meta.exif, name).toBeUndefined()
      expect(meta.xmp, name).toBeUndefined()
      expect(meta.iptc, name).toBeUndefined()
      expect(meta.orientation, name).toBeUndefined()
      expect(meta.icc, name).toBeUndefined()
      expect(meta.space, name).toBe('srgb')
    }
    const top = await sharp(await readFile(join(root, 'dist/media/photo-600.jpg'))).metadata()
    expect([top.width, top.height]).toEqual([600, 1000])
    const page = await readFile(join(root, 'dist/en/2024/05/photo/index.html'), 'utf8')
    expect(page).toContain('<source type="image/avif" srcset="/media/photo-480.avif 480w, /media/photo-600.avif 600w"')
    expect(page).toMatch(
      /<img src="\/media\/photo-600\.jpg" srcset="[^"]+" sizes="[^"]+" alt="A photo" width="600" height="1000" fetchpriority="high"/
    )
  })

  it('should make a share card of the largest 1.91:1 crop, never upscaled, for og:image', async () => {
    const root = await photoSite()
    expect((await build({root})).ok).toBe(true)
    const card = await sharp(await readFile(join(root, 'dist/media/photo-share.jpg'))).metadata()
    expect([card.width, card.height, card.exif]).toEqual([600, 315, undefined])
    const page = await readFile(join(root, 'dist/en/2024/05/photo/index.html'), 'utf8')
    expect(page).toContain(
      '<meta property="og:image" content="https://news.test/media/photo-share.jpg"><meta property="og:image:width" content="600"><meta property="og:image:height" content="315">'
    )
  })

  it('should write renditions of Markdown images too, and none of a file no page shows', async () => {
    const jpeg = await cameraJpeg()
    const root = await makeSite({
      'content/media/logo.png': tinyPng,
      'content/media/inline.jpg': jpeg,
      'content/media/unused.jpg': jpeg,
      'content/2024/05/inline.en.md': release({title: 'Inline'}, '![An inline photo](/media/inline.jpg)')
    })
    expect((await build({root})).ok).toBe(true)
    const media = await readdir(join(root, 'dist/media'))
    expect(media.filter((name) => name.startsWith('inline-')).sort()).toEqual([
      'inline-480.avif',
      'inline-480.jpg',
      'inline-480.webp',
      'inline-600.avif',
      'inline-600.jpg',
      'inline-600.webp'
    ])
    expect(media.filter((name) => name.startsWith('unused-'))).toEqual([])
    const page = await readFile(join(root, 'dist/en/2024/05/inline/index.html'), 'utf8')
    expect(page).toContain('<source type="image/webp" srcset="/media/inline-480.webp 480w, /media/inline-600.webp 600w"')
    expect(page).toMatch(/<img loading="lazy" [^>]*src="\/media\/inline-600\.jpg"/)
  })

  it('should keep only the copyright and artist lines with images.keepCopyright', async () => {
    const root = await photoSite({}, `${fixtureConfig}images: {keepCopyright: true}\n`)
    expect((await build({root})).ok).toBe(true)
    for (const name of ['photo-480.jpg', 'photo-600.webp']) {
      const meta = await sharp(await readFile(join(root, 'dist/media', name))).metadata()
      expect(exifCredits(meta.exif), name).toEqual({Copyright: 'Photo agency', Artist: 'A photographer'})
      // The GPS directory's pointer (tag 0x8825) in either byte order.
      expect(meta.exif?.includes(Buffer.from([0x88, 0x25])) || meta.exif?.includes(Buffer.from([0x25, 0x88])), name).toBe(false)
      expect(meta.xmp, name).toBeUndefined()
    }
  })

  it('should make no rendition again in a warm build or one whose only change is a body', async () => {
    const root = await photoSite()
    expect((await build({root})).ok).toBe(true)
    const before = await cacheTimes(root)
    expect(Object.keys(before)).toHaveLength(10)
    expect((await build({root})).ok).toBe(true)
    await writeFile(
      join(root, 'content/2024/05/photo.en.md'),
      release({title: 'With a photo', image: {src: '/media/photo.jpg', alt: 'A photo'}}, 'Changed.')
    )
    expect((await build({root})).ok).toBe(true)
    expect(await cacheTimes(root)).toEqual(before)
  })

  it('should take the renditions an earlier build recorded from its record, and look for them on disk with --no-cache', async () => {
    const root = await photoSite()
    expect((await build({root})).ok).toBe(true)
    const cache = join(root, '.cache/matbuot/renditions')
    const [folder] = await readdir(cache)
    const [lost] = (await readdir(join(cache, folder!))).filter((name) => name.endsWith('.avif'))
    await rm(join(cache, folder!, lost!))
    const edit = async (body: string) =>
      writeFile(join(root, 'content/2024/05/photo.en.md'), release({title: 'With a photo', image: {src: '/media/photo.jpg', alt: 'A photo'}}, body))

    await edit('Changed.')
    const recorded = await build({root})
    expect(recorded.ok && recorded.summary.images.made).toBe(0)
    await edit('Changed again.')
    const looked = await build({root, cache: false})
    expect(looked.ok && looked.summary.images.made).toBe(1)
    expect(await readdir(join(cache, folder!))).toContain(lost)
  })

  it('should keep the renditions builds recorded through a preview with --no-cache, which knows nothing of them', async () => {
    const root = await photoSite()
    await writeFile(join(root, 'content/2024/05/plain.en.md'), release({title: 'Without a photo'}))
    expect((await build({root})).ok).toBe(true)
    const made = await cacheTimes(root)
    expect(Object.keys(made).length).toBeGreaterThan(0)
    // The preview shows another photo and not the first: with a store of its own, which knows only
    // what the preview uses, pruning would remove what the build recorded.
    await rm(join(root, 'content/2024/05/photo.en.md'))
    await writeFile(join(root, 'content/media/other.png'), await cornerPng())
    await writeFile(join(root, 'content/2024/05/plain.en.md'), release({title: 'Another photo', image: {src: '/media/other.png', alt: 'Grey'}}))
    const dev = await startDev(root, ['--no-cache'])
    dev.process.kill('SIGTERM')
    await new Promise((resolve) => dev.process.once('exit', resolve))
    const after = await cacheTimes(root)
    expect(Object.keys(after).length).toBeGreaterThan(Object.keys(made).length)
    expect(after).toMatchObject(made)
  })

  it('should make again the renditions of an image a page shows again after a build pruned them', async () => {
    const root = await photoSite()
    expect((await build({root})).ok).toBe(true)
    const withImage = await readFile(join(root, 'content/2024/05/photo.en.md'), 'utf8')
    await writeFile(join(root, 'content/2024/05/photo.en.md'), release({title: 'With a photo'}))
    expect((await build({root})).ok).toBe(true)
    await writeFile(join(root, 'content/2024/05/photo.en.md'), withImage)
    const again = await build({root})
    expect(again.ok && again.summary.images.made).toBe(10)
    const item = JSON.parse(await readFile(join(root, 'dist/syndication/en/2024/05/photo.json'), 'utf8'))
    const [, ...renditions] = item.associations.find((association: {name: string}) => association.name === 'featureimage').renditions
    for (const rendition of renditions) {
      expect(rendition.sizeInBytes, rendition.name).toBe((await stat(join(root, 'dist', new URL(rendition.href).pathname))).size)
    }
  })

  it('should name the release, file and line of an image that does not decode', async () => {
    // A sound header, so the size is read, then bytes the decoder cannot make sense of.
    const good = await sharp({create: {width: 1000, height: 600, channels: 3, background: {r: 9, g: 9, b: 9}}})
      .jpeg()
      .toBuffer()
    const root = await photoSite({width: 1000, height: 600}, fixtureConfig, Buffer.concat([good.subarray(0, 400), Buffer.alloc(400, 7)]))
    const result = await build({root})
    expect(result.ok).toBe(false)
    expect(result.diagnostics.filter((d) => d.id === 'MB3016').map((d) => [d.file, d.line])).toEqual([['content/2024/05/photo.en.md', 5]])
  })

  it.skipIf(!existsSync('/proc/self/stat'))(
    'should fail the build at the image whose encoder stopped, as a decoder crashing on a hostile file would, and leave no process behind',
    async () => {
      const root = await photoSite()
      const building = build({root})
      // The images are encoded in a process of the build's own: killed as soon as it is there.
      const encoder = await vi.waitFor(
        async () => {
          const found = (await childProcesses()).find(({command}) => command === 'node')
          if (!found) throw new Error('no encoder process yet')
          return found
        },
        {timeout: 10_000, interval: 2}
      )
      process.kill(encoder.pid, 'SIGKILL')
      const result = await building
      expect(result.ok).toBe(false)
      const stopped = result.diagnostics.filter((d) => d.id === 'MB3016')
      expect(stopped.map((d) => [d.file, d.line])).toEqual([['content/2024/05/photo.en.md', 5]])
      expect(stopped[0]!.message).toContain('the image encoder stopped before it answered, by SIGKILL')
      expect(existsSync(join(root, 'dist'))).toBe(false)
      expect(await childProcesses()).toEqual([])
      // Nothing half-made is kept: the next build makes the image's renditions and succeeds.
      expect((await build({root})).ok).toBe(true)
    }
  )

  it('should say a media file is not an image it can read, not that it is missing, at the release’s line', async () => {
    const root = await makeSite({
      'content/media/logo.png': tinyPng,
      'content/media/scan.tiff': Buffer.from('not a picture at all'),
      'content/media/notes.pdf': Buffer.from('%PDF-1.7 not a picture either'),
      'content/2024/05/scan.en.md': release(
        {title: 'A scan', image: {src: '/media/scan.tiff', alt: 'A scan'}},
        'See ![the notes](/media/notes.pdf) and ![gone](/media/gone.png).'
      )
    })
    const result = await build({root})
    expect(result.ok).toBe(false)
    const found = result.diagnostics.filter((d) => d.id === 'MB3018' || d.id === 'MB3003').map((d) => [d.id, d.line, d.field, d.actual])
    expect(found.sort()).toEqual([
      ['MB3003', 7, undefined, '/media/gone.png'],
      ['MB3018', 5, 'image.src', '/media/scan.tiff'],
      ['MB3018', 7, undefined, '/media/notes.pdf']
    ])
    expect(result.diagnostics.find((d) => d.actual === '/media/scan.tiff')?.message).toMatch(/is not an image the build can read/)
  })

  it('should refuse an image over images.maxPixels, at the line of the release that shows it', async () => {
    const root = await photoSite({}, `${fixtureConfig}images: {maxPixels: 100000}\n`)
    const result = await build({root})
    expect(result.ok).toBe(false)
    const [refused, ...others] = result.diagnostics.filter((d) => d.id === 'MB3016')
    expect(others).toEqual([])
    expect([refused?.file, refused?.line, refused?.field]).toEqual(['content/2024/05/photo.en.md', 5, 'image.src'])
    expect(refused?.message).toMatch(/pixel limit/)
  })

  it('should refuse a declared size that differs from the file', async () => {
    const root = await photoSite({width: 1000, height: 600})
    const result = await build({root})
    expect(result.ok).toBe(false)
    expect(
      result.diagnostics
        .filter((d) => d.id === 'MB3017')
        .map((d) => [d.file, d.line, d.field])
        .sort()
    ).toEqual([
      ['content/2024/05/photo.en.md', 5, 'image.height'],
      ['content/2024/05/photo.en.md', 5, 'image.width']
    ])
  })

  it('should keep the focal point in frame in every crop, and centre the crops of an image without one', async () => {
    const root = await makeSite({
      'content/media/logo.png': tinyPng,
      'content/media/corner.png': await cornerPng(),
      'content/2024/05/focused.en.md': release({title: 'Focused', image: {src: '/media/corner.png', alt: 'A corner', focus: [0.97, 0.01]}}),
      'content/2024/05/centred.en.md': release({title: 'Centred', image: {src: '/media/corner.png', alt: 'A corner'}})
    })
    expect((await build({root})).ok).toBe(true)
    const cropsOf = async (slug: string) => {
      const page = await readFile(join(root, `dist/en/2024/05/${slug}/index.html`), 'utf8')
      const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page)![1]!) as {image: {url: string}[]}
      const share = /<meta property="og:image" content="([^"]+)">/.exec(page)![1]!
      return [share, ...jsonLd.image.map((image) => image.url)].map((url) => join(root, 'dist', new URL(url).pathname))
    }
    const focused = await cropsOf('focused')
    const centred = await cropsOf('centred')
    expect(focused.map((file) => file.split('/').at(-1))).toEqual([
      'corner-share-0-0.png',
      'corner-16x9.png',
      'corner-4x3-400-0.png',
      'corner-1x1-700-0.png'
    ])
    expect(centred.map((file) => file.split('/').at(-1))).toEqual(['corner-share.png', 'corner-16x9.png', 'corner-4x3.png', 'corner-1x1.png'])
    // The 16:9 crop of a 16:9 picture is all of it, wherever the focus is.
    expect(await Promise.all(focused.map(redAtTopRight))).toEqual([true, true, true, true])
    expect(await Promise.all(centred.map(redAtTopRight))).toEqual([false, true, false, false])
    const sizes = await Promise.all(focused.map(async (file) => sharp(await readFile(file)).metadata()))
    expect(sizes.map(({width, height}) => `${width}x${height}`)).toEqual(['1200x630', '1200x675', '1200x900', '900x900'])
  })

  it('should refuse a focal point that is not two fractions, at its line', async () => {
    for (const [focus, field] of [
      [[1.5, 0.2], 'image.focus.0'],
      ['top', 'image.focus'],
      [[0.5], 'image.focus']
    ] as const) {
      const root = await photoSite({focus})
      const result = await build({root})
      expect(result.ok).toBe(false)
      expect(result.diagnostics.map(formatDiagnostic)).toEqual([
        expect.stringMatching(
          new RegExp(`^content/2024/05/photo\\.en\\.md:5:\\d+ error "${field.replaceAll('.', '\\.')}": expected a focal point as \\[x, y\\]`)
        )
      ])
    }
  })

  it('should list every rendition of the lead image, with its size in bytes, in the ninjs item', async () => {
    const root = await photoSite({focus: [0.2, 0.5]})
    expect((await build({root})).ok).toBe(true)
    const item = JSON.parse(await readFile(join(root, 'dist/syndication/en/2024/05/photo.json'), 'utf8'))
    expect(ninjsValidator()(item)).toEqual([])
    const image = item.associations.find((association: {name: string}) => association.name === 'featureimage')
    const [original, ...renditions] = image.renditions
    expect(original).toMatchObject({name: 'original', href: 'https://news.test/media/photo.jpg', width: 600, height: 1000, poi: {x: 120, y: 500}})
    const written = (await readdir(join(root, 'dist/media'))).filter((name) => name.startsWith('photo-'))
    expect(renditions.map((rendition: {href: string}) => rendition.href.split('/').at(-1)).sort()).toEqual(written.sort())
    for (const rendition of renditions) {
      const file = join(root, 'dist', new URL(rendition.href).pathname)
      const meta = await sharp(await readFile(file)).metadata()
      expect([rendition.width, rendition.height, rendition.sizeInBytes, rendition.contentType], rendition.name).toEqual([
        meta.width,
        meta.height,
        (await stat(file)).size,
        // sharp names AVIF by its container, HEIF.
        `image/${meta.format === 'heif' ? 'avif' : meta.format}`
      ])
    }
    expect(renditions.find((rendition: {name: string}) => rendition.name === 'crop-4x3')).toMatchObject({aspectRatio: '4:3'})
    expect(renditions.map((rendition: {name: string}) => rendition.name)).toContain('avif-480')
  })

  it('should name the release, file and line of a picture in a body that does not decode', async () => {
    const good = await sharp({create: {width: 1000, height: 600, channels: 3, background: {r: 9, g: 9, b: 9}}})
      .jpeg()
      .toBuffer()
    const root = await makeSite({
      'content/media/logo.png': tinyPng,
      'content/media/broken.jpg': Buffer.concat([good.subarray(0, 400), Buffer.alloc(400, 7)]),
      'content/2024/05/inline.en.md': release({title: 'Inline'}, 'First paragraph.\n\n![A broken photo](/media/broken.jpg)')
    })
    const result = await build({root})
    expect(result.ok).toBe(false)
    expect(result.diagnostics.filter((d) => d.id === 'MB3016').map((d) => [d.file, d.line, d.column])).toEqual([
      ['content/2024/05/inline.en.md', 8, 1]
    ])
  })

  it('should prune renditions no build uses and older encoders’ folders after a build, touching nothing else, and only when what is used changed', async () => {
    const root = await photoSite()
    expect((await build({root})).ok).toBe(true)
    const cache = join(root, '.cache/matbuot/renditions')
    const [folder] = await readdir(cache)
    await mkdir(join(cache, '0123456789abcdef'), {recursive: true})
    await writeFile(join(cache, '0123456789abcdef/old.jpg'), 'made by an earlier sharp')
    await writeFile(join(cache, `${folder}/unused.jpg`), 'no page shows it')
    await writeFile(join(root, '.cache/matbuot/other.txt'), 'not the cache of renditions')
    const listed = async () => (await readdir(cache, {recursive: true})).sort()

    // Only the title changed: the whole site is prepared again, but the same renditions are used, so nothing is listed or removed.
    await writeFile(join(root, 'content/2024/05/photo.en.md'), release({title: 'Retitled', image: {src: '/media/photo.jpg', alt: 'A photo'}}))
    expect((await build({root})).ok).toBe(true)
    expect(await listed()).toContain(`${folder}/unused.jpg`)

    // A focal point: the centred crops give way to framed ones, and what nothing uses goes.
    const before = await listed()
    await writeFile(
      join(root, 'content/2024/05/photo.en.md'),
      release({title: 'With a photo', image: {src: '/media/photo.jpg', alt: 'A photo', focus: [0.5, 0.9]}}, 'New.')
    )
    expect((await build({root})).ok).toBe(true)
    const after = await listed()
    expect(after).not.toContain(`${folder}/unused.jpg`)
    expect(after.filter((name) => name.startsWith('0123456789abcdef'))).toEqual([])
    // All four crops of the upright 600×1000 photo moved down; the width renditions stayed.
    expect(after.filter((name) => !before.includes(name))).toHaveLength(4)
    expect(before.filter((name) => !after.includes(name) && name.startsWith(`${folder}/`) && name !== `${folder}/unused.jpg`)).toHaveLength(4)
    expect(after.filter((name) => name.startsWith(`${folder}/`))).toHaveLength(10)
    expect(await readFile(join(root, '.cache/matbuot/other.txt'), 'utf8')).toBe('not the cache of renditions')
    const media = await readdir(join(root, 'dist/media'))
    expect(media.filter((name) => name.startsWith('photo-1x1'))).toEqual([expect.stringMatching(/^photo-1x1-0-\d+\.jpg$/)])
  })
})
