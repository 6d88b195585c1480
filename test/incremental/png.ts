import {crc32, deflateSync} from 'node:zlib'

const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

/**
 * A valid PNG of one colour, 8-bit RGB: each (size, colour) gives other bytes, so a test can
 * make as many distinct real images as it needs without a dependency.
 */
export function encodePng(width: number, height: number, rgb: readonly [number, number, number]): Uint8Array {
  // Each scanline starts with its filter type: 0, none.
  const row = Buffer.alloc(1 + width * 3)
  for (let x = 0; x < width; x++) row.set(rgb, 1 + x * 3)
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header[8] = 8 // bits per channel
  header[9] = 2 // colour type RGB; compression, filter and interlace stay 0
  const pixels = Buffer.concat(Array.from({length: height}, () => row))
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(pixels)), chunk('IEND', Buffer.alloc(0))])
}

function chunk(type: string, data: Buffer): Buffer {
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const framing = Buffer.alloc(8)
  framing.writeUInt32BE(data.length, 0)
  framing.writeUInt32BE(crc32(typed), 4)
  return Buffer.concat([framing.subarray(0, 4), typed, framing.subarray(4)])
}
