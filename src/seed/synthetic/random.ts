import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

/** The last year synthetic dates reach; fixed (not "now") so the same seed gives the same data in any year. */
export const LAST_YEAR = 2025;

/**
 * The synthetic generator's only source of randomness: a seeded xoroshiro128+ stream (pure-rand),
 * so one seed always gives the same network. Mutable: every draw advances the stream, so the
 * order of draws is part of the output. Never Math.random.
 */
export class Random {
  private readonly rng: RandomGenerator;

  constructor(seed: number) {
    this.rng = xoroshiro128plus(seed);
  }

  /** A whole number in [min, max], both included. */
  int(min: number, max: number): number {
    return uniformInt(this.rng, min, max);
  }

  /** A number in [0, 1). */
  float(): number {
    return uniformFloat64(this.rng);
  }

  chance(p: number): boolean {
    return this.float() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)];
  }

  /** An index into `weights`, drawn in proportion to the weights. */
  weighted(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += w;
    let x = this.float() * total;
    for (let i = 0; i < weights.length; i++) {
      x -= weights[i];
      if (x < 0) return i;
    }
    return weights.length - 1;
  }

  /**
   * A heavy-tailed index in [0, n): P(i) is about proportional to 1/(i+1) (Zipf, exponent 1),
   * so index 0 is the hub. Drawn as floor((n+1)^u) - 1 with u uniform: cheap, no table per pool.
   */
  zipfIndex(n: number): number {
    return Math.min(n - 1, Math.floor(Math.exp(this.float() * Math.log(n + 1))) - 1);
  }

  /** Half uniform, half Zipf: a few popular items without starving the long tail. */
  skewedIndex(n: number): number {
    return this.chance(0.5) ? this.int(0, n - 1) : this.zipfIndex(n);
  }

  /** A heavy-tailed count in [1, max]: mostly small, sometimes large (log-uniform). */
  heavyCount(max: number): number {
    return Math.max(1, Math.floor(Math.exp(this.float() * Math.log(max + 1))));
  }

  /** A partial ISO date in `year`: YYYY, YYYY-MM or YYYY-MM-DD, as real records mix them. */
  partialDate(year: number, precision: 'any' | 'day' = 'any'): string {
    const form = precision === 'day' ? 2 : this.weighted([3, 4, 3]);
    if (form === 0) return String(year);
    const month = String(this.int(1, 12)).padStart(2, '0');
    if (form === 1) return `${year}-${month}`;
    return `${year}-${month}-${String(this.int(1, 28)).padStart(2, '0')}`;
  }

  /** A year in [from, to], clamped to LAST_YEAR. */
  year(from: number, to = LAST_YEAR): number {
    const hi = Math.min(to, LAST_YEAR);
    return this.int(Math.min(from, hi), hi);
  }
}
