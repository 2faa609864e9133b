import { useSyncExternalStore } from 'react';

/*
 * The interface language and digits. Kept in localStorage, outside the encrypted diary, so the lock and
 * first-run screens can show the lawyer's choice before the passphrase is entered (it is not sensitive).
 */
export type Language = 'en' | 'ur';
export type Digits = 'western' | 'urdu';
export type LanguagePrefs = { language: Language; digits: Digits };

const LANGUAGE_KEY = 'muhafiz.language';
const DIGITS_KEY = 'muhafiz.digits';

const read = (key: string): string | null => {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
};
const write = (key: string, value: string) => {
  try {
    globalThis.localStorage?.setItem(key, value);
  } catch {
    // Storage refused (a private window): the choice lasts this session only.
  }
};

let prefs: LanguagePrefs = {
  language: read(LANGUAGE_KEY) === 'ur' ? 'ur' : 'en',
  digits: read(DIGITS_KEY) === 'urdu' ? 'urdu' : 'western',
};
const listeners = new Set<() => void>();

export const getPrefs = (): LanguagePrefs => prefs;
export const subscribePrefs = (cb: () => void): (() => void) => {
  listeners.add(cb);
  return () => listeners.delete(cb);
};

/** Sets the language and/or digits, remembers them and tells every listener (i18n, the page's dir). */
export const setPrefs = (next: Partial<LanguagePrefs>) => {
  prefs = { ...prefs, ...next };
  write(LANGUAGE_KEY, prefs.language);
  write(DIGITS_KEY, prefs.digits);
  for (const cb of listeners) cb();
};

export const usePrefs = (): LanguagePrefs => useSyncExternalStore(subscribePrefs, getPrefs);

export const directionOf = (language: Language): 'rtl' | 'ltr' => (language === 'ur' ? 'rtl' : 'ltr');

/** <html lang dir>: the whole layout mirrors for Urdu, and fonts and line height follow `lang`. */
export const applyToDocument = (p: LanguagePrefs = prefs) => {
  if (typeof document === 'undefined') return;
  const root = document.documentElement;
  root.setAttribute('lang', p.language);
  root.setAttribute('dir', directionOf(p.language));
  root.dataset.digits = p.digits;
};
