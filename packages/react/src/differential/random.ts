/** A seeded source of random choices, so that every generated case can be made again from its seed. */
export interface Random {
  /** A number from 0 up to (not including) 1. */
  next(): number;
  /** True with the given chance (a half unless given). */
  chance(probability?: number): boolean;
  /** One of the given values. */
  pick<Value>(values: readonly Value[]): Value;
  /** A whole number from `min` to `max`, both included. */
  int(min: number, max: number): number;
}

/** A `Random` from a seed (mulberry32: small, fast and good enough to spread test cases). */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    chance: (probability = 0.5) => next() < probability,
    pick: (values) => values[int(0, values.length - 1)] as (typeof values)[number],
    int,
  };
}
