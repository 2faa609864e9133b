import { Autocomplete, Group, Mark, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchResult, SearchSnippet } from '../../electron/shared/search-schemas';
import { useApiQuery } from '../api/queries';
import { navigate } from '../lib/router';

type Option = { route: string; parts: SearchSnippet; note?: string };

/** The matched parts of a result, highlighted. */
const Highlighted = ({ parts }: { parts: SearchSnippet }) => (
  <>
    {parts.map((p, i) =>
      p.hit ? (
        <Mark key={i} color="yellow">
          {p.text}
        </Mark>
      ) : (
        <span key={i}>{p.text}</span>
      ),
    )}
  </>
);

/** Option values must be unique strings; the routes and highlighted parts are kept beside them. */
const toOptions = (r: SearchResult): Map<string, Option> => {
  const m = new Map<string, Option>();
  for (const c of r.clients) m.set(`client:${c.id}`, { route: `/clients/${c.id}`, parts: c.match });
  for (const c of r.cases) m.set(`case:${c.id}`, { route: `/cases/${c.id}`, parts: c.match });
  for (const x of r.records) {
    const route = x.caseId ? `/cases/${x.caseId}` : `/clients/${x.clientId ?? ''}`;
    m.set(`${x.kind}:${x.id}`, { route, parts: x.match, note: `${x.title} · ${x.date}` });
  }
  return m;
};

const plain = (parts: SearchSnippet) => parts.map((p) => p.text).join('');

/**
 * One box for clients (names in English and Urdu, codename, CNIC), cases (title, FIR and case
 * numbers, police station, offences, parties) and hearings' short orders and notes, ranked by the
 * backend's full-text index, with what matched highlighted.
 */
export const GlobalSearch = () => {
  const { t } = useTranslation();
  const [value, setValue] = useState('');
  const [query] = useDebouncedValue(value.trim(), 120);
  const results = useApiQuery('search:global', { query }, query.length > 0);
  const options = useMemo(() => (results.data ? toOptions(results.data) : new Map<string, Option>()), [results.data]);
  const group = (label: string, prefix: string[]) => ({
    group: label,
    items: [...options.entries()]
      .filter(([k]) => prefix.some((p) => k.startsWith(p)))
      .map(([k, o]) => ({ value: k, label: plain(o.parts) })),
  });
  const data = [
    group(t('search.clients'), ['client:']),
    group(t('search.cases'), ['case:']),
    group(t('search.records'), ['hearing:', 'note:']),
  ].filter((g) => g.items.length > 0);
  return (
    <Autocomplete
      aria-label={t('nav.search')}
      placeholder={t('nav.search')}
      w={420}
      value={value}
      onChange={setValue}
      data={data}
      filter={({ options: all }) => all}
      maxDropdownHeight={480}
      renderOption={({ option }) => {
        const o = options.get(option.value);
        if (!o) return option.value;
        return (
          <Group gap={2} wrap="wrap" dir="auto">
            <Text size="sm" component="span">
              <Highlighted parts={o.parts} />
            </Text>
            {o.note && (
              <Text size="xs" c="dimmed" component="span">
                {o.note}
              </Text>
            )}
          </Group>
        );
      }}
      onOptionSubmit={(key) => {
        const o = options.get(key);
        if (o) navigate(o.route);
        // Autocomplete writes the chosen option into the box after this callback: clear it afterwards.
        setTimeout(() => setValue(''), 0);
      }}
    />
  );
};
