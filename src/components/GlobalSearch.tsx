import { Autocomplete } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/queries';
import { navigate } from '../lib/router';

/** One box for clients (name, Urdu name, codename, CNIC) and cases (title, FIR, case number). */
export const GlobalSearch = () => {
  const { t } = useTranslation();
  const [value, setValue] = useState('');
  const [query] = useDebouncedValue(value.trim(), 150);
  const results = useApiQuery('search:global', { query }, query.length > 0);
  const data = results.data
    ? [
        {
          group: t('search.clients'),
          items: results.data.clients.map((c) => ({
            value: `/clients/${c.id}`,
            label: [c.fullName, c.codename && `(${c.codename})`, c.cnic].filter(Boolean).join(' '),
          })),
        },
        {
          group: t('search.cases'),
          items: results.data.cases.map((c) => ({
            value: `/cases/${c.id}`,
            label: [c.title, c.caseNumber].filter(Boolean).join(' · '),
          })),
        },
      ].filter((g) => g.items.length > 0)
    : [];
  return (
    <Autocomplete
      aria-label={t('nav.search')}
      placeholder={t('nav.search')}
      w={360}
      value={value}
      onChange={setValue}
      data={data}
      filter={({ options }) => options}
      onOptionSubmit={(to) => {
        navigate(to);
        // Autocomplete writes the chosen option into the box after this callback: clear it afterwards.
        setTimeout(() => setValue(''), 0);
      }}
    />
  );
};
