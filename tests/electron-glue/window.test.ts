import { beforeEach, describe, expect, test } from 'vitest';
import { makeOriginCheck } from '../../electron/main/origin';
import { createMainWindow, rendererUrl } from '../../electron/main/window';
import { electronEvent, FakeWindow } from './stand-ins';

const PRELOAD = '/opt/Muhafiz/resources/app.asar/out/preload/index.cjs';

const open = (devTools = false): FakeWindow =>
  createMainWindow(FakeWindow, { preloadPath: PRELOAD, isTrustedUrl: makeOriginCheck(), devTools });

beforeEach(() => {
  FakeWindow.created = [];
});

describe('the main window', () => {
  test('runs the page isolated, sandboxed, without Node and with web security', () => {
    const prefs = open().options.webPreferences;
    expect(prefs).toMatchObject({
      preload: PRELOAD,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      devTools: false,
    });
  });

  test('has the agreed size, title and is shown only when ready', () => {
    const win = open();
    expect(win.options).toMatchObject({ title: 'Muhafiz', width: 1280, height: 820, minWidth: 1000, minHeight: 680 });
    expect(win.options.show).toBe(false);
    expect(win.options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
    expect(win.shown).toBe(false);
    win.emit('ready-to-show');
    expect(win.shown).toBe(true);
  });

  test('devtools follow the flag (on only in development)', () => {
    expect(open(true).options.webPreferences?.devTools).toBe(true);
  });

  test.each(['will-navigate', 'will-redirect'])('%s away from our page is prevented', (event) => {
    const contents = open().webContents;
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://other/index.html', 'about:blank']) {
      const e = electronEvent();
      contents.emit(event, e, url);
      expect(e.defaultPrevented, url).toBe(true);
    }
    const ours = electronEvent();
    contents.emit(event, ours, 'app://muhafiz/index.html#/cases');
    expect(ours.defaultPrevented).toBe(false);
  });

  test('new windows are always denied, even for our own URL', () => {
    const handler = open().webContents.openHandler;
    expect(handler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(handler?.({ url: 'app://muhafiz/index.html' })).toEqual({ action: 'deny' });
  });

  test('a <webview> is never attached', () => {
    const e = electronEvent();
    open().webContents.emit('will-attach-webview', e, {}, {});
    expect(e.defaultPrevented).toBe(true);
  });

  test('every permission request and check is refused', () => {
    const session = open().webContents.session;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const answers: boolean[] = [];
      session.requestHandler?.({}, permission, (granted) => answers.push(granted));
      expect(answers, permission).toEqual([false]);
      expect(session.checkHandler?.({}, permission), permission).toBe(false);
    }
  });
});

describe('the page the window loads', () => {
  test('is the packaged renderer on app://, or the dev server when one is given', () => {
    expect(rendererUrl(undefined)).toBe('app://muhafiz/index.html');
    expect(rendererUrl('http://localhost:5173')).toBe('http://localhost:5173');
  });
});
