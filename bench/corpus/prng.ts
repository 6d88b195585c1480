/**
 * A small seeded random source (mulberry32): the same seed gives the same corpus byte for byte,
 * on every machine and Node version, which `Math.random` cannot promise.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number
  /** A whole number in [min, max], both included. */
  int(min: number, max: number): number
  pick<T>(items: readonly T[]): T
  /** `count` different items, in the order drawn. */
  sample<T>(items: readonly T[], count: number): T[]
  chance(probability: number): boolean
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  return {
    next,
    int,
    pick: (items) => {
      if (items.length === 0) throw new RangeError('Cannot pick from an empty list')
      return items[int(0, items.length - 1)]!
    },
    sample: (items, count) => {
      const pool = [...items]
      const drawn = []
      while (drawn.length < count && pool.length > 0) drawn.push(pool.splice(int(0, pool.length - 1), 1)[0]!)
      return drawn
    },
    chance: (probability) => next() < probability
  }
}
