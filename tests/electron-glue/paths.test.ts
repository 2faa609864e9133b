import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { appPaths, bundlePaths, pinUserData, type AppPathsPort } from '../../electron/main/paths';

const fakeApp = (isPackaged: boolean): AppPathsPort & { set: Record<string, string> } => {
  const set: Record<string, string> = {};
  return {
    set,
    isPackaged,
    getAppPath: () => (isPackaged ? '/opt/Muhafiz/resources/app.asar' : '/home/dev/muhafiz'),
    getPath: (name) => set[name] ?? (name === 'appData' ? '/home/lawyer/.config' : '/home/lawyer/.config/muhafiz'),
    setPath: (name, path) => {
      set[name] = path;
    },
  };
};

describe('where data lives', () => {
  test('the profile folder is pinned to Muhafiz under appData', () => {
    const app = fakeApp(true);
    pinUserData(app, {});
    expect(app.set.userData).toBe(join('/home/lawyer/.config', 'Muhafiz'));
    expect(appPaths(app, '/opt/Muhafiz/resources').dataDir).toBe(join('/home/lawyer/.config', 'Muhafiz'));
  });

  test('MUHAFIZ_USER_DATA_DIR points it at a throwaway folder (end-to-end tests)', () => {
    const app = fakeApp(false);
    pinUserData(app, { MUHAFIZ_USER_DATA_DIR: '/tmp/e2e-profile' });
    expect(app.set.userData).toBe('/tmp/e2e-profile');
  });
});

describe('where migrations and resources come from', () => {
  test('packaged: electron-builder extraResources', () => {
    const paths = appPaths(fakeApp(true), '/opt/Muhafiz/resources');
    expect(paths.migrationsFolder).toBe(join('/opt/Muhafiz/resources', 'migrations'));
    expect(paths.resourcesDir).toBe('/opt/Muhafiz/resources');
    // electron-builder rebuilt the module in place for Electron: the default binding is the right one.
    expect(paths.nativeBinding).toBeUndefined();
  });

  test('development: the source tree', () => {
    const paths = appPaths(fakeApp(false), '/unused');
    expect(paths.migrationsFolder).toBe(join('/home/dev/muhafiz', 'electron/core/db/migrations'));
    expect(paths.resourcesDir).toBe(join('/home/dev/muhafiz', 'resources'));
    // npm start loads the Electron build made by electron/build/electron-native.mjs, not Node's.
    expect(paths.nativeBinding).toBe(
      join('/home/dev/muhafiz', '.electron-native/node_modules/better-sqlite3/build/Release/better_sqlite3.node'),
    );
  });

  test('the bundles sit beside out/main', () => {
    expect(bundlePaths('/app/out/main')).toEqual({
      preload: join('/app/out/preload/index.cjs'),
      renderer: join('/app/out/renderer'),
    });
  });
});
