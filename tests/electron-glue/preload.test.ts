import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import { build } from 'vite';
import { describe, expect, expectTypeOf, test } from 'vitest';
import type { MuhafizApi } from '../../electron/preload/api';
import { buildApi } from '../../electron/preload/build-api';
import { INVOKE_CHANNELS, PUSH_EVENTS } from '../../electron/preload/channels';
import { contract } from '../../electron/shared/contract';
import type { Result } from '../../electron/shared/result';
import { electronEvent, FakeIpcRenderer } from './stand-ins';

const setUp = () => {
  const ipc = new FakeIpcRenderer();
  return { ipc, api: buildApi(ipc) };
};

describe('the channel list the preload carries', () => {
  test('is exactly the contract: same names, no duplicates', () => {
    expect([...INVOKE_CHANNELS].sort()).toEqual(Object.keys(contract).sort());
    expect(new Set(INVOKE_CHANNELS).size).toBe(INVOKE_CHANNELS.length);
  });
});

describe('window.api.invoke', () => {
  test('forwards every contract channel with its input, and returns main’s answer', async () => {
    const { ipc, api } = setUp();
    for (const channel of Object.keys(contract)) {
      const answer = await (api.invoke as (c: string, i: unknown) => Promise<unknown>)(channel, { probe: channel });
      expect(answer).toEqual({ ok: true, value: `answer to ${channel}` });
    }
    expect(ipc.invoked).toEqual(Object.keys(contract).map((channel) => ({ channel, args: [{ probe: channel }] })));
  });

  test.each(['fs:read', 'app:locked', '__proto__', 'constructor', 'hasOwnProperty', '', 'VAULT:STATUS', 42, null])(
    'refuses %s without talking to main',
    async (channel) => {
      const { ipc, api } = setUp();
      const answer = await (api.invoke as (c: unknown, i: unknown) => Promise<Result<unknown>>)(channel, {});
      expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      expect(ipc.invoked).toEqual([]);
    },
  );

  test('exposes nothing but invoke and on (no ipcRenderer, process or env)', () => {
    expect(Object.keys(setUp().api).sort()).toEqual(['invoke', 'on']);
  });
});

describe('window.api.on', () => {
  test('delivers app:locked without Electron’s event object, and unsubscribes', () => {
    const { ipc, api } = setUp();
    const received: unknown[][] = [];
    const off = api.on('app:locked', (...args: unknown[]) => received.push(args));
    ipc.emit('app:locked', { sender: ipc, ...electronEvent() }, 'extra');
    expect(received).toEqual([[]]);
    off();
    ipc.emit('app:locked', {});
    expect(received).toHaveLength(1);
    expect(ipc.count('app:locked')).toBe(0);
  });

  test('only the fixed push events can be subscribed to', () => {
    const { ipc, api } = setUp();
    expect(PUSH_EVENTS).toEqual(['app:locked']);
    for (const event of ['vault:unlock', 'ELECTRON_BROWSER_WINDOW', '__proto__']) {
      expect(() => (api.on as (e: string, cb: () => void) => unknown)(event, () => {})).toThrow(TypeError);
      expect(ipc.count(event)).toBe(0);
    }
  });
});

describe('types the renderer gets', () => {
  test('invoke is typed by channel', () => {
    const api = setUp().api;
    expectTypeOf(api.invoke<'vault:status'>).returns.resolves.toEqualTypeOf<
      Result<{ state: 'new' | 'locked' | 'unlocked' }>
    >();
    // Compile-time checks (tsc): an unknown channel and a wrong input are errors; empty input may be omitted.
    const typed = (): void => {
      void api.invoke('vault:status');
      void api.invoke('vault:unlock', { passphrase: 'x' });
      // @ts-expect-error not a channel
      void api.invoke('fs:read', {});
      // @ts-expect-error input required
      void api.invoke('vault:unlock');
      // @ts-expect-error wrong input shape
      void api.invoke('vault:unlock', { password: 'x' });
      // @ts-expect-error not a push event
      api.on('vault:unlock', () => {});
    };
    expect(typed).toBeTypeOf('function');
    expectTypeOf<MuhafizApi['on']>().returns.toEqualTypeOf<() => void>();
  });
});

// electron-vite leaves package dependencies and Node built-ins as require() calls; a sandboxed
// preload cannot load them. Externalize the same set here so any such import shows up.
const pkg = JSON.parse(readFileSync(resolve(__dirname, '../../package.json'), 'utf8')) as {
  dependencies?: Record<string, string>;
};
const dependencies = Object.keys(pkg.dependencies ?? {});
const isExternal = (id: string): boolean =>
  id === 'electron' ||
  id.startsWith('node:') ||
  builtinModules.includes(id) ||
  dependencies.some((dep) => id === dep || id.startsWith(`${dep}/`));

describe('the sandboxed preload bundle', () => {
  test('needs no module at runtime but electron, and carries no schema library', async () => {
    const out = await build({
      configFile: false,
      logLevel: 'silent',
      build: {
        write: false,
        minify: false,
        rollupOptions: {
          input: resolve(__dirname, '../../electron/preload/index.ts'),
          external: isExternal,
          output: { format: 'cjs' },
        },
      },
    });
    const outputs = Array.isArray(out) ? out : [out];
    const chunk = outputs.flatMap((o) => ('output' in o ? o.output : [])).find((c) => c.type === 'chunk');
    const code = chunk && 'code' in chunk ? chunk.code : '';
    const required = [...code.matchAll(/require\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]);
    expect(code).toContain('exposeInMainWorld');
    expect(new Set(required)).toEqual(new Set(['electron']));
    expect(code).not.toMatch(/\bimport\s*\(/);
    expect(code.length).toBeLessThan(10_000);
  });
});
