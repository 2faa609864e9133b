import { DirectionProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import 'dayjs/locale/ur';
import { useEffect, type ReactNode } from 'react';
import { call } from '../api/client';
import { directionOf, getPrefs, usePrefs } from './language';

/**
 * Mirrors Mantine (and the <html dir> it watches) for Urdu and gives the date pickers Urdu month and
 * day names (Mantine's dates use dayjs, which has an `ur` locale).
 */
export const LanguageProvider = ({ children }: { children: ReactNode }) => {
  const { language, digits } = usePrefs();
  // Desktop notifications come from the backend: tell it the language (not a secret; works locked).
  useEffect(() => {
    call('app:set-language', { language, digits }).catch(() => undefined);
  }, [language, digits]);
  return (
    <DirectionProvider initialDirection={directionOf(getPrefs().language)}>
      <DatesProvider settings={{ locale: language, firstDayOfWeek: 1 }}>{children}</DatesProvider>
    </DirectionProvider>
  );
};
