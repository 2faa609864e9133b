import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';

/*
 * Runs tests/support/crash-child.ts as a separate process and kills it with SIGKILL: no exit
 * handlers, no finally blocks, no flushing; the closest a test can come to pulling the plug on
 * the process (the operating system's cache still holds what was written).
 */

const ROOT = resolve(__dirname, '../..');

/** Bundles the child once: a cycle is one `node` start and one file to load. */
export const bundleChild = (): string => {
  const outfile = join(mkdtempSync(join(tmpdir(), 'muhafiz-crash-child-')), 'crash-child.cjs');
  buildSync({
    entryPoints: [join(ROOT, 'tests/support/crash-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // Everything inlined but the native module: loading one file is a third of the start-up time.
    external: ['better-sqlite3'],
    outfile,
    logLevel: 'error',
  });
  return outfile;
};

export type ChildRun = {
  /** Lines the child wrote before it died, in order. */
  lines: string[];
  acks: number[];
  pragmas: Record<string, unknown> | null;
  /** The signal that ended it (SIGKILL when we killed it), or null if it exited on its own. */
  signal: NodeJS.Signals | null;
  code: number | null;
  stderr: string;
};

export type KillPlan =
  /** Kill this many ms after spawn, or after the child says 'start', 'unlocked' or its first 'ack'. */
  { after: 'spawn' | 'start' | 'unlocked' | 'first-ack'; ms: number } | { after: 'never' };

export const runChild = (child: string, args: string[], plan: KillPlan): Promise<ChildRun> =>
  new Promise((resolveRun, reject) => {
    const proc = spawn(process.execPath, [child, ...args], {
      env: { ...process.env, NODE_PATH: join(ROOT, 'node_modules') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: string[] = [];
    let buffered = '';
    let stderr = '';
    const kill = () => proc.kill('SIGKILL');
    let armed = false;
    const arm = (line: string) => {
      if (armed || plan.after === 'never') return;
      if (plan.after === line || (plan.after === 'first-ack' && line.startsWith('ack '))) {
        armed = true;
        setTimeout(kill, plan.ms);
      }
    };
    arm('spawn');
    proc.stdout.setEncoding('utf8');
    proc.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      const parts = buffered.split('\n');
      buffered = parts.pop() ?? '';
      for (const line of parts) {
        lines.push(line);
        arm(line);
      }
    });
    proc.stderr.setEncoding('utf8');
    proc.stderr.on('data', (c: string) => (stderr += c));
    proc.on('error', reject);
    proc.on('close', (code, signal) => {
      // A last line cut short by the kill was never a whole acknowledgement.
      const acks = lines.filter((l) => l.startsWith('ack ')).map((l) => Number(l.slice(4)));
      const pragmaLine = lines.find((l) => l.startsWith('pragmas '));
      resolveRun({
        lines,
        acks,
        pragmas: pragmaLine ? (JSON.parse(pragmaLine.slice(8)) as Record<string, unknown>) : null,
        signal,
        code,
        stderr,
      });
    });
  });

/** A small seeded generator (mulberry32): a failing run can be replayed with its seed. */
export const seededRandom = (seed: number) => {
  let a = seed >>> 0;
  return (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};
