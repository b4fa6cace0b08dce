/**
 * Reproducible randomness for the scale data set: the same seed gives the same rows, every time.
 * sfc32 (small, fast, good statistical quality) seeded through splitmix32.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max] (inclusive). */
  int(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** True with probability p. */
  chance(p: number): boolean;
}

function splitmix32(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** A seeded generator; `stream` separates independent sequences drawn from one seed. */
export function createRandom(seed: number, stream = 0): Random {
  const mix = splitmix32(seed ^ Math.imul(stream + 1, 0x27d4eb2d));
  let a = mix();
  let b = mix();
  let c = mix();
  let d = mix();
  const next = () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T,
    chance: (p) => next() < p,
  };
}

function hash32(seed: number, kind: number, index: number, lane: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(kind + 1, 0xc2b2ae35);
  h = Math.imul(h ^ index, 0x27d4eb2d) ^ Math.imul(lane + 7, 0x165667b1);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  h = Math.imul(h, 0x297a2d39);
  h ^= h >>> 15;
  return h >>> 0;
}

const hex8 = (n: number) => n.toString(16).padStart(8, "0");

/**
 * A random-looking but reproducible UUID (version 4 layout) for row `index` of a kind of row, so
 * generators can refer to each other's rows by index without keeping a million ids in memory.
 */
export function uuidFor(seed: number, kind: number, index: number): string {
  const p1 = hex8(hash32(seed, kind, index, 0));
  const p2 = hex8(hash32(seed, kind, index, 1));
  const p3 = hex8(hash32(seed, kind, index, 2));
  const p4 = hex8(hash32(seed, kind, index, 3));
  const variant = ((parseInt(p3[0] ?? "0", 16) & 0x3) | 0x8).toString(16);
  return `${p1}-${p2.slice(0, 4)}-4${p2.slice(5, 8)}-${variant}${p3.slice(1, 4)}-${p3.slice(4)}${p4}`;
}
