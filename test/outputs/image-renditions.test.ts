import {readdir, readFile, stat, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import sharp from 'sharp'
import {describe, expect, it} from 'vitest'
import {build} from '../../pipeline/build.ts'
import {renditionWidths} from '../../pipeline/config/image-renditions.ts'
import {exifCredits} from '../../pipeline/outputs/renditions/exif-credits.ts'
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
      'photo-480.avif',
      'photo-480.jpg',
      'photo-480.webp',
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
    expect(Object.keys(before)).toHaveLength(7)
    expect((await build({root})).ok).toBe(true)
    await writeFile(
      join(root, 'content/2024/05/photo.en.md'),
      release({title: 'With a photo', image: {src: '/media/photo.jpg', alt: 'A photo'}}, 'Changed.')
    )
    expect((await build({root})).ok).toBe(true)
    expect(await cacheTimes(root)).toEqual(before)
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

  it('should refuse an image over images.maxPixels', async () => {
    const root = await photoSite({}, `${fixtureConfig}images: {maxPixels: 100000}\n`)
    const result = await build({root})
    expect(result.ok).toBe(false)
    expect(result.diagnostics.find((d) => d.id === 'MB3016')?.message).toMatch(/pixel limit/)
  })

  it('should refuse a declared size that differs from the file', async () => {
    const root = await photoSite({width: 1000, height: 600})
    const result = await build({root})
    expect(result.ok).toBe(false)
    expect(
      result.diagnostics
        .filter((d) => d.id === 'MB3017')
        .map((d) => d.field)
        .sort()
    ).toEqual(['image.height', 'image.width'])
  })
})
