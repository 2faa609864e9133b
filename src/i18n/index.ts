import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { FSI, PDI, hasRtl, localDigits, localDigitsOutsideIsolates } from '../lib/localize';
import { en } from './en';
import { applyToDocument, getPrefs, subscribePrefs } from './language';
import { ur } from './ur';
import { urBackup, urBail, urReports } from './ur-features';

/*
 * Interpolated values keep their own direction: in Urdu every value that is not a plain number (a case
 * number, an English name, a date) is bidi-isolated; in English only values holding Urdu are. Plain
 * numbers take the digits the lawyer chose.
 */
const isolate = (value: string): string => {
  if (/^-?[\d,.]+$/.test(value)) return localDigits(value);
  return getPrefs().language === 'ur' || hasRtl(value) ? `${FSI}${value}${PDI}` : value;
};

void i18n
  .use(initReactI18next)
  .use({ type: 'postProcessor', name: 'digits', process: (value: string) => localDigitsOutsideIsolates(value) })
  .init({
    resources: {
      en: { translation: en },
      // The feature bundles (bail, backup, reports) add their English themselves when loaded.
      ur: { translation: { ...ur, bail: urBail, backup: urBackup, reports: urReports } },
    },
    lng: getPrefs().language,
    fallbackLng: 'en',
    interpolation: { escapeValue: true, escape: isolate },
    postProcess: ['digits'],
    returnNull: false,
    showSupportNotice: false,
    // A missing string is a bug: say so loudly (the browser tests fail on console errors).
    saveMissing: true,
    missingKeyHandler: (_lngs, _ns, key) => console.error(`Missing translation: ${key}`),
  });

applyToDocument();
subscribePrefs(() => {
  applyToDocument();
  // Also when only the digits changed: every translated screen re-renders with them.
  void i18n.changeLanguage(getPrefs().language);
});

export { i18n };
