import { app, BrowserWindow, dialog, ipcMain, Menu, Notification, powerMonitor, protocol } from 'electron';
import { readLockFile } from '../core/db/lock-file';
import { Vault } from '../core/db/vault';
import { handlers, type HandlerContext } from '../core/handlers';
import { ReminderRunner } from '../core/services/reminder-runner';
import type { PushEvent } from '../preload/channels';
import { folderPicker } from './folder-dialog';
import { startIdleLock } from './idle';
import { registerIpc } from './ipc';
import { lockOnSleep } from './lock';
import { menuTemplate } from './menu';
import { desktopNotifier, startReminderClock } from './reminders';
import { makeOriginCheck } from './origin';
import { appPaths, bundlePaths, pinUserData } from './paths';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { createMainWindow, rendererUrl } from './window';

/*
 * Lifecycle glue only: every decision lives in the small modules imported above (unit-tested
 * in tests/electron-glue) or in electron/core.
 */

// A packaged build never trusts the environment to name the page it loads and talks to.
const devUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const isDev = !app.isPackaged;

app.enableSandbox();
app.setName('Muhafiz');
// Day-first dates in Chromium's date inputs, as Pakistani courts write them.
app.commandLine.appendSwitch('lang', 'en-GB');
pinUserData(app, process.env);
registerAppScheme(protocol);

const start = (): void => {
  const paths = appPaths(app, process.resourcesPath);
  const bundle = bundlePaths(__dirname);
  const vault = new Vault({
    dir: paths.dataDir,
    migrationsFolder: paths.migrationsFolder,
    nativeBinding: paths.nativeBinding,
    appVersion: app.getVersion(),
  });
  const now = () => new Date();
  const reminders: ReminderRunner = new ReminderRunner({
    vault,
    now,
    notify: desktopNotifier(Notification, () => reminders.language),
  });
  let win: BrowserWindow | null = null;
  const ctx: HandlerContext = {
    vault,
    now,
    version: app.getVersion(),
    reminders,
    resourcesDir: paths.resourcesDir,
    pickFolder: folderPicker(dialog, () => win),
  };
  const isTrustedUrl = makeOriginCheck(devUrl);
  const push = (event: PushEvent): void => {
    if (win && !win.isDestroyed()) win.webContents.send(event);
  };

  app.on('second-instance', () => {
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', () => vault.lock());

  void app.whenReady().then(() => {
    const setMenu = () =>
      Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({ isDev, language: reminders.language.language })));
    setMenu();
    handleAppProtocol(protocol, bundle.renderer);
    registerIpc(ipcMain, {
      // The window says which language it shows: the menus follow, as the desktop reminders do.
      handlers: {
        ...handlers,
        'app:set-language': (c, input) => {
          const language = handlers['app:set-language'](c, input);
          setMenu();
          return language;
        },
      },
      ctx,
      isTrustedSender: isTrustedUrl,
    });
    const lockNow = lockOnSleep(powerMonitor, {
      vault,
      notify: () => {
        reminders.dismissMissed();
        push('app:locked');
      },
    });
    startIdleLock(
      {
        vault,
        idleSeconds: () => powerMonitor.getSystemIdleTime(),
        idleMinutes: () => readLockFile(paths.dataDir).idleMinutes,
        lock: lockNow,
      },
      (m, e) => console.error(m, e),
    );
    startReminderClock(reminders, (m, e) => console.error(m, e));
    win = createMainWindow(BrowserWindow, { preloadPath: bundle.preload, isTrustedUrl, devTools: isDev });
    win.on('closed', () => (win = null));
    win.loadURL(rendererUrl(devUrl)).catch((e: unknown) => console.error('could not load the window', e));
  });
};

// A second copy would open the same database file; hand focus to the first one instead.
if (app.requestSingleInstanceLock()) start();
else app.quit();
