import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { ur } from './ur';

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, ur: { translation: ur } },
  lng: 'en',
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  returnNull: false,
  // A missing string is a bug: say so loudly (the browser tests fail on console errors).
  saveMissing: true,
  missingKeyHandler: (_lngs, _ns, key) => console.error(`Missing translation: ${key}`),
});

export { i18n };
