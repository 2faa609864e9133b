import { beforeEach, describe, expect, test } from 'vitest';
import { makeOriginCheck } from '../../electron/main/origin';
import { createMainWindow } from '../../electron/main/window';
import { electronEvent, FakeWindow } from './stand-ins';

/*
 * Issue 7, "Renderer": navigation, window.open, target=_blank, javascript: and file: links change
 * nothing. In Electron every one of them reaches main as will-navigate / will-redirect (the page
 * itself moving) or as the window-open handler (window.open, target=_blank, a middle-click, a
 * shift-click); these are the handlers the real window gets.
 */

const open = () =>
  createMainWindow(FakeWindow, {
    preloadPath: '/opt/Muhafiz/resources/app.asar/out/preload/index.cjs',
    isTrustedUrl: makeOriginCheck(),
    devTools: false,
  }).webContents;

beforeEach(() => {
  FakeWindow.created = [];
});

const ELSEWHERE = [
  'javascript:alert(document.cookie)',
  'JavaScript:window.api.invoke("clients:list", {})',
  'file:///etc/passwd',
  'file:///C:/Users/lawyer/AppData/Roaming/Muhafiz/muhafiz.db',
  'file://server/share/case.docx',
  'data:text/html,<script>alert(1)</script>',
  'blob:app://muhafiz/5b1c0a0e-0000-4000-8000-000000000000',
  'https://evil.example/phish.html',
  'http://127.0.0.1:4173/',
  'http://localhost:5173/',
  'about:blank',
  'chrome://settings',
  'view-source:app://muhafiz/index.html',
  'app://other/index.html',
  'app://muhafiz.evil.example/index.html',
  'app://muhafiz@evil.example/index.html',
  'mailto:lawyer@example.org',
];

describe('the page cannot be moved off the app', () => {
  test.each(['will-navigate', 'will-redirect'])('%s to anywhere else is prevented', (event) => {
    const contents = open();
    for (const url of ELSEWHERE) {
      const e = electronEvent();
      contents.emit(event, e, url);
      expect(e.defaultPrevented, url).toBe(true);
    }
  });

  test('moving within our own page (a route) is allowed', () => {
    const contents = open();
    for (const url of ['app://muhafiz/index.html#/cases', 'app://muhafiz/index.html']) {
      const e = electronEvent();
      contents.emit('will-navigate', e, url);
      expect(e.defaultPrevented, url).toBe(false);
    }
  });
});

describe('no new window, whatever asks for it', () => {
  test.each([...ELSEWHERE, 'app://muhafiz/index.html#/cases'])(
    'window.open / target=_blank / middle-click of %s is denied',
    (url) => {
      const contents = open();
      expect(contents.openHandler?.({ url })).toEqual({ action: 'deny' });
    },
  );
});
