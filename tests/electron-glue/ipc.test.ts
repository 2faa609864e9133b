import { afterEach, describe, expect, test } from 'vitest';
import { handlers, type Handlers } from '../../electron/core/handlers';
import { registerIpc, REFUSED_MESSAGE } from '../../electron/main/ipc';
import { makeOriginCheck } from '../../electron/main/origin';
import { contract } from '../../electron/shared/contract';
import { makeTestApp, PASSPHRASE, type TestApp } from '../support/context';
import { FakeIpcMain } from './stand-ins';

const OURS = 'app://muhafiz/index.html';
let app: TestApp | undefined;
afterEach(() => {
  app?.cleanup();
  app = undefined;
});

/** The real handler table, recording which channels actually ran. */
const watched = (ran: string[]): Handlers =>
  Object.fromEntries(
    Object.entries(handlers).map(([channel, handler]) => [
      channel,
      (...args: Parameters<typeof handler>) => {
        ran.push(channel);
        return (handler as (...a: typeof args) => unknown)(...args);
      },
    ]),
  ) as Handlers;

const setUp = (opts: { devUrl?: string; ran?: string[]; handlers?: Handlers } = {}) => {
  app = makeTestApp();
  const ipcMain = new FakeIpcMain();
  const logged: string[] = [];
  registerIpc(ipcMain, {
    handlers: opts.handlers ?? watched(opts.ran ?? []),
    ctx: app.ctx,
    isTrustedSender: makeOriginCheck(opts.devUrl),
    log: (message) => logged.push(message),
  });
  return { ipcMain, app, logged };
};

describe('IPC registration', () => {
  test('registers every contract channel exactly once, and nothing else', () => {
    const { ipcMain } = setUp();
    expect([...ipcMain.registrations].sort()).toEqual(Object.keys(contract).sort());
    expect(new Set(ipcMain.registrations).size).toBe(ipcMain.registrations.length);
  });
});

describe('senders', () => {
  const foreign = [
    'https://evil.example/',
    'file:///home/lawyer/index.html',
    'app://other/index.html',
    'app://muhafiz.evil.example/index.html',
    'app://muhafiz@evil.example/index.html',
    'http://localhost:5173/',
    'about:blank',
    'not a url',
  ];

  test.each(foreign)('%s is refused without reaching a handler', async (url) => {
    const ran: string[] = [];
    const { ipcMain, app } = setUp({ ran });
    const answer = await ipcMain.invoke('vault:create', url, { passphrase: PASSPHRASE });
    expect(answer).toEqual({ ok: false, error: { code: 'FORBIDDEN_SENDER', message: REFUSED_MESSAGE } });
    expect(ran).toEqual([]);
    expect(app.vault.state()).toBe('new');
  });

  test('a frame that has gone away (no senderFrame) is refused', async () => {
    const ran: string[] = [];
    const { ipcMain } = setUp({ ran });
    const answer = await ipcMain.invoke('vault:status', null);
    expect(answer).toEqual({ ok: false, error: { code: 'FORBIDDEN_SENDER', message: REFUSED_MESSAGE } });
    expect(ran).toEqual([]);
  });

  test.each([
    ['a foreign page framed in ours', 'https://evil.example/', OURS],
    ['our own page framed in ours', OURS, OURS],
    ['our own page framed in a foreign one', OURS, 'https://evil.example/'],
  ])('a sub-frame (%s) is refused, even with our URL', async (_why, url, parent) => {
    const ran: string[] = [];
    const { ipcMain, app } = setUp({ ran });
    const answer = await ipcMain.invoke('vault:create', url, { passphrase: PASSPHRASE }, parent);
    expect(answer).toEqual({ ok: false, error: { code: 'FORBIDDEN_SENDER', message: REFUSED_MESSAGE } });
    expect(ran).toEqual([]);
    expect(app.vault.state()).toBe('new');
  });

  test('a refused sender learns nothing about the input or the vault', async () => {
    const { ipcMain } = setUp();
    const bad = await ipcMain.invoke('vault:create', 'https://evil.example/', { passphrase: 'short' });
    const good = await ipcMain.invoke('vault:create', 'https://evil.example/', { passphrase: PASSPHRASE });
    expect(bad).toEqual(good);
  });

  test('our own page reaches the real dispatch and the encrypted database', async () => {
    const ran: string[] = [];
    const { ipcMain, app } = setUp({ ran });
    expect(await ipcMain.invoke('vault:status', OURS, {})).toEqual({ ok: true, value: { state: 'new' } });
    expect(await ipcMain.invoke('vault:create', 'app://muhafiz/cases/42', { passphrase: PASSPHRASE })).toEqual({
      ok: true,
      value: { state: 'unlocked' },
    });
    expect(app.vault.state()).toBe('unlocked');
    expect(ran).toEqual(['vault:status', 'vault:create']);
  });

  test('input is still validated by dispatch for our own page', async () => {
    const { ipcMain } = setUp();
    const answer = await ipcMain.invoke('vault:create', OURS, { passphrase: 'short' });
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { passphrase: expect.any(String) } },
    });
  });

  test('in development only the exact dev-server origin is trusted as well', async () => {
    const { ipcMain } = setUp({ devUrl: 'http://localhost:5173' });
    expect(await ipcMain.invoke('vault:status', 'http://localhost:5173/#/today')).toMatchObject({ ok: true });
    expect(await ipcMain.invoke('vault:status', OURS)).toMatchObject({ ok: true });
    for (const url of ['http://localhost:5174/', 'http://127.0.0.1:5173/', 'https://localhost:5173/']) {
      expect(await ipcMain.invoke('vault:status', url), url).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN_SENDER' },
      });
    }
  });
});

describe('failures', () => {
  test('a handler that throws becomes an INTERNAL value with no stack, and is logged', async () => {
    const broken = {
      ...handlers,
      'courts:list': () => {
        throw new Error('disk on fire at /home/lawyer/.config/Muhafiz');
      },
    } as Handlers;
    const { ipcMain, logged } = setUp({ handlers: broken });
    const answer = await ipcMain.invoke('courts:list', OURS, {});
    expect(answer).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(answer)).not.toContain('disk on fire');
    expect(logged).toHaveLength(1);
  });

  test('a locked vault answers LOCKED rather than throwing', async () => {
    const { ipcMain } = setUp();
    await ipcMain.invoke('vault:create', OURS, { passphrase: PASSPHRASE });
    await ipcMain.invoke('vault:lock', OURS, {});
    expect(await ipcMain.invoke('courts:list', OURS, {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });

  test('the listener never rejects, even if the sender check itself throws', async () => {
    app = makeTestApp();
    const ipcMain = new FakeIpcMain();
    registerIpc(ipcMain, {
      handlers,
      ctx: app.ctx,
      isTrustedSender: () => {
        throw new Error('boom');
      },
      log: () => {},
    });
    await expect(ipcMain.invoke('vault:status', OURS)).resolves.toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    });
  });
});
