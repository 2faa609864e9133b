import { i18n } from '../../i18n';
import { disappearanceStrings } from './strings-en';
import { urDisappearance } from './strings-ur';

/* The disappearance track's strings, in English and Urdu, merged into both bundles when loaded. */
export { disappearanceStrings };

i18n.addResourceBundle('en', 'translation', { disappearance: disappearanceStrings }, true, true);
i18n.addResourceBundle('ur', 'translation', { disappearance: urDisappearance }, true, true);
