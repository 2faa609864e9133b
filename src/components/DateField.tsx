import { DateInput, type DateInputProps } from '@mantine/dates';
import { isValid, parse } from 'date-fns';
import { useTranslation } from 'react-i18next';

/** Reads what a lawyer types: day first (27/11/2026, 27-11-2026, 27.11.2026) or ISO (2026-11-27). */
export const parseDayFirst = (text: string): string | null => {
  const s = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return isValid(parse(s, 'yyyy-MM-dd', new Date())) ? s : null;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (!m) return null;
  const iso = `${m[3]}-${m[2]?.padStart(2, '0')}-${m[1]?.padStart(2, '0')}`;
  return isValid(parse(iso, 'yyyy-MM-dd', new Date())) ? iso : null;
};

type Props = Omit<DateInputProps, 'value' | 'onChange'> & { value?: string; onChange?: (value: string) => void };

/** A calendar date field, shown day-first as Pakistani courts write it; the value stays YYYY-MM-DD. */
export const DateField = ({ value, onChange, ...rest }: Props) => {
  const { t } = useTranslation();
  return (
    <DateInput
      valueFormat="DD/MM/YYYY"
      placeholder={t('misc.dateFormat')}
      dateParser={parseDayFirst}
      clearable
      firstDayOfWeek={1}
      value={value || null}
      onChange={(v) => onChange?.(v ?? '')}
      {...rest}
    />
  );
};
