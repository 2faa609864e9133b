import type { BrowserWindowConstructorOptions } from 'electron';
import { APP_URL } from './origin';

type Preventable = { preventDefault(): void };

/** The parts of Electron's Session, WebContents and BrowserWindow this module uses. */
export type SessionPort = {
  setPermissionRequestHandler(
    handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string) => boolean): void;
};
export type WebContentsPort = {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: Preventable, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: Preventable) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
  session: SessionPort;
};
export type WindowPort = {
  webContents: WebContentsPort;
  once(event: 'ready-to-show', listener: () => void): unknown;
  show(): void;
  loadURL(url: string): Promise<void>;
};
export type WindowConstructor<W extends WindowPort> = new (options: BrowserWindowConstructorOptions) => W;

export type MainWindowOptions = {
  /** Absolute path of out/preload/index.cjs. */
  preloadPath: string;
  isTrustedUrl: (url: string) => boolean;
  /** False in a packaged build: no inspector for whoever finds the laptop unlocked. */
  devTools: boolean;
};

export const mainWindowOptions = (opts: MainWindowOptions): BrowserWindowConstructorOptions => ({
  title: 'Muhafiz',
  width: 1280,
  height: 820,
  minWidth: 1000,
  minHeight: 680,
  show: false, // shown on ready-to-show, so the lawyer never sees a blank white frame
  backgroundColor: '#f8f9fa',
  webPreferences: {
    preload: opts.preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    experimentalFeatures: false,
    safeDialogs: true,
    // Chromium's spellchecker fetches dictionaries over the network; this app stays offline.
    spellcheck: false,
    devTools: opts.devTools,
  },
});

/** No camera, microphone, location, notifications, clipboard reads...: the app asks for none. */
export const denyAllPermissions = (session: SessionPort): void => {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
};

/**
 * The page may only ever be our own: navigation elsewhere, new windows and <webview> are refused.
 * Nothing here opens a renderer-supplied URL in the system browser either.
 */
export const lockDownContents = (contents: WebContentsPort, isTrustedUrl: (url: string) => boolean): void => {
  const guard = (event: Preventable, url: string): void => {
    if (!isTrustedUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  denyAllPermissions(contents.session);
};

export const createMainWindow = <W extends WindowPort>(
  BrowserWindow: WindowConstructor<W>,
  opts: MainWindowOptions,
): W => {
  const win = new BrowserWindow(mainWindowOptions(opts));
  lockDownContents(win.webContents, opts.isTrustedUrl);
  win.once('ready-to-show', () => win.show());
  return win;
};

/** The dev server in development (hot reload), else the packaged renderer on app://. */
export const rendererUrl = (devUrl: string | undefined): string => devUrl ?? APP_URL;
