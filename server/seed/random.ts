/**
 * A small seeded PRNG for demo data. Math.random cannot be seeded, and the demo must be
 * reproducible: the same seed always yields the same people, stages and timelines.
 *
 * The generator is sfc32 (Chris Doty-Humphrey's "small fast counting" design: 128 bits of
 * state, fast in 32-bit JS arithmetic), seeded through splitmix32 so that neighbouring seeds
 * (42, 43) still start from unrelated states.
 */

export type Rng = {
  /** A float in [0, 1). */
  next: () => number
  /** An integer in [min, max], both ends included. */
  int: (min: number, max: number) => number
  /** A float in [min, max). */
  float: (min: number, max: number) => number
  /** True with probability `p`. */
  chance: (p: number) => boolean
  pick: <T>(items: readonly T[]) => T
  /** One value, chosen with probability proportional to its weight. */
  weighted: <T>(entries: readonly (readonly [T, number])[]) => T
  /** Shuffles `items` in place (Fisher–Yates) and returns it. */
  shuffle: <T>(items: T[]) => T[]
  /** `count` distinct items in random order (all of them if there are fewer). */
  sample: <T>(items: readonly T[], count: number) => T[]
}

function splitmix32(seed: number) {
  let state = seed | 0
  return () => {
    state = (state + 0x9e3779b9) | 0
    let z = state
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b)
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35)
    return (z ^ (z >>> 16)) >>> 0
  }
}

/** Mixes a label into a seed, so each part of the data draws from its own stream. */
export function deriveSeed(seed: number, label: string): number {
  // FNV-1a over the label, starting from the seed.
  let hash = (0x811c9dc5 ^ (seed >>> 0)) >>> 0
  for (let index = 0; index < label.length; index++) {
    hash ^= label.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash
}

export function createRng(seed: number): Rng {
  const init = splitmix32(seed >>> 0)
  let a = init()
  let b = init()
  let c = init()
  let counter = init()

  const next = () => {
    const result = (((a + b) | 0) + counter) | 0
    counter = (counter + 1) | 0
    a = b ^ (b >>> 9)
    b = (c + (c << 3)) | 0
    c = (c << 21) | (c >>> 11)
    c = (c + result) | 0
    return (result >>> 0) / 4294967296
  }
  // Let the state settle: the first outputs of a fresh state are the least mixed.
  for (let round = 0; round < 12; round++) next()

  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))

  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new RangeError('pick from an empty list')
    return items[Math.floor(next() * items.length)] as T
  }

  const weighted = <T>(entries: readonly (readonly [T, number])[]): T => {
    let total = 0
    for (const [, weight] of entries) total += weight
    if (!(total > 0)) throw new RangeError('weighted pick needs a positive total weight')
    let roll = next() * total
    for (const [value, weight] of entries) {
      roll -= weight
      if (roll < 0) return value
    }
    // Floating-point leftovers: fall back to the last entry with weight.
    for (let index = entries.length - 1; index >= 0; index--) {
      const entry = entries[index]
      if (entry && entry[1] > 0) return entry[0]
    }
    throw new RangeError('unreachable')
  }

  const shuffle = <T>(items: T[]): T[] => {
    for (let index = items.length - 1; index > 0; index--) {
      const other = Math.floor(next() * (index + 1))
      const item = items[index] as T
      items[index] = items[other] as T
      items[other] = item
    }
    return items
  }

  const sample = <T>(items: readonly T[], count: number): T[] => {
    const pool = items.slice()
    const take = Math.max(0, Math.min(count, pool.length))
    // A partial Fisher–Yates: only the first `take` slots are settled.
    for (let index = 0; index < take; index++) {
      const other = index + Math.floor(next() * (pool.length - index))
      const item = pool[index] as T
      pool[index] = pool[other] as T
      pool[other] = item
    }
    pool.length = take
    return pool
  }

  return {
    next,
    int,
    float: (min, max) => min + next() * (max - min),
    chance: (p) => next() < p,
    pick,
    weighted,
    shuffle,
    sample,
  }
}
