import { join } from 'node:path';

/** The parts of Electron's `app` that decide where things live. */
export type AppPathsPort = {
  isPackaged: boolean;
  getAppPath(): string;
  getPath(name: 'appData' | 'userData'): string;
  setPath(name: 'userData', path: string): void;
};

export type AppPaths = {
  /** Holds muhafiz.db, its key file and backups/. */
  dataDir: string;
  migrationsFolder: string;
  /** Fonts and petition templates (resources/ in the source tree). */
  resourcesDir: string;
  /** Development only: the SQLite module built for Electron by electron/build/electron-native.mjs. */
  nativeBinding: string | undefined;
};

/**
 * Pins the profile folder to ".../Muhafiz" (Linux ~/.config/Muhafiz, Windows %APPDATA%\Muhafiz)
 * whatever the package name says, so a rename can never orphan a lawyer's database.
 * MUHAFIZ_USER_DATA_DIR points it elsewhere: end-to-end tests run against a throwaway profile.
 */
export const pinUserData = (app: AppPathsPort, env: NodeJS.ProcessEnv): void => {
  app.setPath('userData', env.MUHAFIZ_USER_DATA_DIR || join(app.getPath('appData'), 'Muhafiz'));
};

/** Packaged: electron-builder's extraResources under process.resourcesPath. Dev: the source tree. */
export const appPaths = (app: AppPathsPort, resourcesPath: string): AppPaths => {
  const root = app.getAppPath();
  return {
    dataDir: app.getPath('userData'),
    migrationsFolder: app.isPackaged ? join(resourcesPath, 'migrations') : join(root, 'electron/core/db/migrations'),
    resourcesDir: app.isPackaged ? resourcesPath : join(root, 'resources'),
    nativeBinding: app.isPackaged
      ? undefined
      : join(root, '.electron-native/node_modules/better-sqlite3/build/Release/better_sqlite3.node'),
  };
};

/** Build outputs, relative to the bundled main script (out/main). */
export const bundlePaths = (mainDir: string): { preload: string; renderer: string } => ({
  preload: join(mainDir, '../preload/index.cjs'),
  renderer: join(mainDir, '../renderer'),
});
