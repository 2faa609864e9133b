import { DirectionProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import 'dayjs/locale/ur';
import type { ReactNode } from 'react';
import { directionOf, getPrefs, usePrefs } from './language';

/**
 * Mirrors Mantine (and the <html dir> it watches) for Urdu and gives the date pickers Urdu month and
 * day names (Mantine's dates use dayjs, which has an `ur` locale).
 */
export const LanguageProvider = ({ children }: { children: ReactNode }) => {
  const { language } = usePrefs();
  return (
    <DirectionProvider initialDirection={directionOf(getPrefs().language)}>
      <DatesProvider settings={{ locale: language, firstDayOfWeek: 1 }}>{children}</DatesProvider>
    </DirectionProvider>
  );
};
