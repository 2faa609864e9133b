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

test('in an Urdu interface the menus speak Urdu, with the same roles and shortcuts', () => {
  const labels = (items: MenuItemConstructorOptions[]): string[] =>
    items.flatMap((item) => [
      ...(item.label ? [item.label] : []),
      ...(Array.isArray(item.submenu) ? labels(item.submenu) : []),
    ]);
  const ur = menuTemplate({ isDev: false, language: 'ur' });
  expect(roles(ur)).toEqual(roles(menuTemplate({ isDev: false })));
  expect(labels(ur)).toEqual(expect.arrayContaining(['فائل', 'ترمیم', 'منظر', 'نقل کریں', 'چسپاں کریں']));
  // Every label is Urdu: none left in English.
  for (const label of labels(ur)) expect(label, label).toMatch(/[\u0600-\u06ff]/);
  expect(labels(menuTemplate({ isDev: false }))).toEqual(['File', 'Edit', 'View']);
});
