import type { MenuItemConstructorOptions } from 'electron';
import type { UiLanguage } from '../core/services/reminder-text';

type Role = NonNullable<MenuItemConstructorOptions['role']>;

/** The menu's words in Urdu; in English the menus are named here and the roles keep Electron's own labels. */
const UR_LABELS: Record<'file' | 'edit' | 'view', string> & Partial<Record<Role, string>> = {
  file: 'فائل',
  edit: 'ترمیم',
  view: 'منظر',
  quit: 'محافظ بند کریں',
  undo: 'واپس کریں',
  redo: 'دوبارہ کریں',
  cut: 'کاٹیں',
  copy: 'نقل کریں',
  paste: 'چسپاں کریں',
  selectAll: 'سب منتخب کریں',
  resetZoom: 'اصل سائز',
  zoomIn: 'بڑا کریں',
  zoomOut: 'چھوٹا کریں',
  togglefullscreen: 'پوری اسکرین',
};
const EN_LABELS = { file: 'File', edit: 'Edit', view: 'View' };

const separator: MenuItemConstructorOptions = { type: 'separator' };
const devOnly: MenuItemConstructorOptions[] = [
  { role: 'reload' },
  { role: 'forceReload' },
  { role: 'toggleDevTools' },
  separator,
];

/**
 * A minimal menu: the Edit roles give copy and paste their shortcuts in forms; reload and the
 * inspector exist only in development (a reload in use would throw away a half-filled form). In an
 * Urdu interface the menus speak Urdu too (app:set-language rebuilds it).
 */
export const menuTemplate = ({
  isDev,
  language = 'en',
}: {
  isDev: boolean;
  language?: UiLanguage['language'];
}): MenuItemConstructorOptions[] => {
  const ur = language === 'ur';
  const names = ur ? UR_LABELS : EN_LABELS;
  const role = (r: Role): MenuItemConstructorOptions =>
    ur && UR_LABELS[r] ? { role: r, label: UR_LABELS[r] } : { role: r };
  return [
    { label: names.file, submenu: [role('quit')] },
    {
      label: names.edit,
      submenu: [role('undo'), role('redo'), separator, role('cut'), role('copy'), role('paste'), role('selectAll')],
    },
    {
      label: names.view,
      submenu: [
        ...(isDev ? devOnly : []),
        role('resetZoom'),
        role('zoomIn'),
        role('zoomOut'),
        separator,
        role('togglefullscreen'),
      ],
    },
  ];
};
