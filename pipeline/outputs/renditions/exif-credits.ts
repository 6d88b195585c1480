/** The credit lines a photographer or agency writes into EXIF's first directory (IFD0). */
export interface ExifCredits {
  Copyright?: string
  Artist?: string
}

const creditTags: Readonly<Record<number, keyof ExifCredits>> = {0x8298: 'Copyright', 0x013b: 'Artist'}

/** The copyright and artist text of an EXIF block as sharp gives it (`Exif\0\0`, then TIFF); none when it cannot be read. */
export function exifCredits(exif: Uint8Array | undefined): ExifCredits {
  if (!exif) return {}
  const bytes = Buffer.from(exif.buffer, exif.byteOffset, exif.byteLength)
  const tiff = bytes.subarray(bytes.toString('latin1', 0, 6) === 'Exif\0\0' ? 6 : 0)
  const little = tiff.toString('latin1', 0, 2) === 'II'
  const u16 = (at: number) => (little ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at))
  const u32 = (at: number) => (little ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at))
  const credits: ExifCredits = {}
  try {
    const directory = u32(4)
    for (let index = 0; index < u16(directory); index++) {
      const entry = directory + 2 + index * 12
      const name = creditTags[u16(entry)]
      // Type 2 is ASCII; a value of four bytes or fewer sits in the entry itself.
      if (name === undefined || u16(entry + 2) !== 2) continue
      const length = u32(entry + 4)
      const start = length <= 4 ? entry + 8 : u32(entry + 8)
      if (start + length > tiff.length) continue
      const text = tiff
        .toString('utf8', start, start + length)
        .replace(/\0[\s\S]*$/, '')
        .trim()
      if (text !== '') credits[name] = text
    }
  } catch {
    // A directory that runs past the block's end: what was read before it stands.
  }
  return credits
}
