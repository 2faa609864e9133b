import type { MenuItemConstructorOptions } from 'electron';
import { expect, test } from 'vitest';
import { menuTemplate } from '../../electron/main/menu';

const roles = (items: MenuItemConstructorOptions[]): string[] =>
  items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);

test('production has no reload and no inspector', () => {
  const production = roles(menuTemplate({ isDev: false }));
  for (const role of ['reload', 'forceReload', 'toggleDevTools']) expect(production).not.toContain(role);
});

test('copy and paste work in every build; development adds reload and devtools', () => {
  for (const isDev of [false, true]) {
    expect(roles(menuTemplate({ isDev }))).toEqual(
      expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'quit']),
    );
  }
  expect(roles(menuTemplate({ isDev: true }))).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
});
