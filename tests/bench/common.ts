import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

/* Shared by the seeds and the benchmark: where the databases live, the passphrase, a seeded PRNG. */

export const ROOT = resolve(__dirname, '../..');
export const MIGRATIONS = resolve(ROOT, 'electron/core/db/migrations');
export const RESOURCES = resolve(ROOT, 'resources');
/** Not a secret: these databases hold invented people only. */
export const BENCH_PASSPHRASE = 'muhafiz benchmark passphrase';

export const args = () =>
  parseArgs({
    options: {
      dir: { type: 'string' },
      scale: { type: 'string', default: '1' },
      runs: { type: 'string', default: '200' },
      passphrase: { type: 'string', default: BENCH_PASSPHRASE },
      out: { type: 'string' },
      keep: { type: 'boolean', default: false },
    },
  }).values;

export const freshDir = (dir: string) => {
  if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
};

/** mulberry32: the same data every run. */
export const rng = (seed: number) => {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)] as T;
  /** Index into n items with a Zipf-like skew: a few are busy, most quiet. */
  const skewed = (n: number) => Math.min(n - 1, Math.floor(n * next() ** 2.5));
  return { next, int, pick, skewed };
};

export const progress = (label: string, done: number, total: number, started: number) => {
  const s = (Date.now() - started) / 1000;
  process.stdout.write(
    `\r${label}: ${done.toLocaleString('en')} / ${total.toLocaleString('en')}  ${s.toFixed(1)} s   `,
  );
  if (done >= total) process.stdout.write('\n');
};
