import type { MenuItemConstructorOptions } from 'electron';

const separator: MenuItemConstructorOptions = { type: 'separator' };
const devOnly: MenuItemConstructorOptions[] = [
  { role: 'reload' },
  { role: 'forceReload' },
  { role: 'toggleDevTools' },
  separator,
];

/**
 * A minimal menu: the Edit roles give copy and paste their shortcuts in forms; reload and the
 * inspector exist only in development (a reload in use would throw away a half-filled form).
 */
export const menuTemplate = ({ isDev }: { isDev: boolean }): MenuItemConstructorOptions[] => [
  { label: 'File', submenu: [{ role: 'quit' }] },
  {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  },
  {
    label: 'View',
    submenu: [
      ...(isDev ? devOnly : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  },
];
