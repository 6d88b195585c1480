import {imageSize} from 'image-size'
import {describe, expect, it} from 'vitest'
import {encodePng} from './png.ts'

describe('encodePng', () => {
  it('should make a PNG whose size an image reader reads back', () => {
    expect(imageSize(encodePng(7, 3, [10, 20, 30]))).toMatchObject({type: 'png', width: 7, height: 3})
  })

  it('should give other bytes for another colour of the same size', () => {
    expect(Buffer.from(encodePng(4, 4, [0, 0, 0])).equals(encodePng(4, 4, [0, 0, 1]))).toBe(false)
  })
})
