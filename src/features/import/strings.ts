import { i18n } from '../../i18n';
import { importStrings } from './strings-en';
import { urImport } from './strings-ur';

/* The import and export screens' strings, in English and Urdu, merged into both bundles when loaded. */
export { importStrings };

i18n.addResourceBundle('en', 'translation', { import: importStrings }, true, true);
i18n.addResourceBundle('ur', 'translation', { import: urImport }, true, true);
