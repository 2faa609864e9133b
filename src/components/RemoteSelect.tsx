import { Select, type ComboboxData, type ComboboxItem, type OptionsFilter, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIST_WINDOW_MAX, type ChannelInput, type ChannelOutput } from '../../electron/shared/contract';
import { apiQuery } from '../api/queries';

/** The list channels that answer one window of matches and how many match in all. */
export type PageChannel = 'clients:page' | 'cases:page';
type Row<C extends PageChannel> = ChannelOutput<C>['rows'][number];
type Filter<C extends PageChannel> = Omit<ChannelInput<C>, 'query' | 'offset' | 'limit'>;

/** Matches shown at a time: a dropdown's worth. When more match, the lawyer types more. */
export const PICKER_LIMIT = 50;
/** How long typing pauses before the backend is asked. */
export const PICKER_DEBOUNCE_MS = 150;

export type RemoteSelectProps<C extends PageChannel> = Omit<
  SelectProps,
  | 'data'
  | 'filter'
  | 'limit'
  | 'searchable'
  | 'searchValue'
  | 'defaultSearchValue'
  | 'onSearchChange'
  | 'nothingFoundMessage'
  | 'defaultValue'
> & {
  /** Where the matches come from: the typed text is its `query`. */
  channel: C;
  /** The channel's other filters (status, archived clients). */
  input?: Filter<C>;
  /** How a row reads in the list and in the field. */
  toOption: (row: Row<C>) => ComboboxItem;
  /**
   * The label of a value chosen before this picker was shown (a party of the case being edited, the
   * client the case is opened for): it is rarely among the first matches, so it is read by id.
   */
  labelOf?: (id: string) => Promise<string>;
  /** Ids never offered (cases already linked); the count of matches leaves them out. */
  exclude?: ReadonlySet<string>;
};

/**
 * A searchable select over a table of any size: it asks the backend for the first matches of what
 * the lawyer types (after a short pause) instead of loading the whole table, and says so when more
 * match than it shows. The backend has filtered already, so Mantine does not filter again. The
 * chosen value keeps its label whatever the current matches are.
 */
export const RemoteSelect = <C extends PageChannel>({
  channel,
  input,
  toOption,
  labelOf,
  exclude,
  value,
  onChange,
  onDropdownOpen,
  ...rest
}: RemoteSelectProps<C>) => {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  // Nothing is fetched until the dropdown first opens: a form of many pickers asks for none.
  const [wanted, setWanted] = useState(false);
  const [picked, setPicked] = useState<ComboboxItem | null>(null);

  const pickedLabel = value != null && picked?.value === value ? picked.label : undefined;
  const lookup = useQuery({
    queryKey: ['picker:label', channel, value],
    queryFn: () => (labelOf && value ? labelOf(value) : Promise.resolve('')),
    enabled: Boolean(labelOf && value) && pickedLabel === undefined,
  });
  const selectedLabel = pickedLabel ?? (value != null ? lookup.data : undefined);

  // The field shows the chosen label until the lawyer types: then the typed text is the search.
  const typed = search.trim();
  const [query] = useDebouncedValue(typed && search !== selectedLabel ? typed : null, PICKER_DEBOUNCE_MS);
  const skip = exclude?.size ?? 0;
  const page = useQuery({
    ...apiQuery(channel, {
      ...input,
      query,
      offset: 0,
      // Enough to fill the list after the excluded ids are taken out.
      limit: Math.min(LIST_WINDOW_MAX, PICKER_LIMIT + skip),
    } as ChannelInput<C>),
    enabled: wanted,
    placeholderData: keepPreviousData,
  });

  const fetched = (page.data?.rows ?? []).map((r) => toOption(r as Row<C>));
  const offered = exclude ? fetched.filter((o) => !exclude.has(o.value)) : fetched;
  const options = offered.slice(0, PICKER_LIMIT);
  // How many match, the excluded left out: exact when the window held every match; otherwise counted
  // as if each excluded id matched (the ids come from the same table, and usually do).
  const matches = page.data?.total ?? 0;
  const total = matches <= fetched.length ? offered.length : Math.max(offered.length, matches - skip);
  const shown = new Set(options.map((o) => o.value));

  // The chosen value stays in the data (first, and out of sight while a search does not match it) so
  // that the field keeps its label.
  const chosenLabel = value != null && !shown.has(value) ? selectedLabel : undefined;
  const chosen = value != null && chosenLabel !== undefined ? [{ value, label: chosenLabel }] : [];
  const data: ComboboxData =
    total > options.length
      ? [
          ...chosen,
          {
            group: t('picker.more', { shown: options.length, total: total.toLocaleString('en-GB') }),
            items: options,
          },
        ]
      : [...chosen, ...options];
  // Mantine passes an empty search while the field shows the chosen label: then everything shows.
  const filter: OptionsFilter = ({ options: all, search: s }) =>
    s ? all.filter((o) => 'group' in o || shown.has(o.value)) : all;

  return (
    <Select
      {...rest}
      searchable
      value={value}
      onChange={(v, option) => {
        setPicked(option);
        onChange?.(v, option);
      }}
      onDropdownOpen={() => {
        setWanted(true);
        onDropdownOpen?.();
      }}
      searchValue={search}
      onSearchChange={setSearch}
      data={data}
      filter={filter}
      nothingFoundMessage={page.data ? t('picker.nothingFound') : t('common.loading')}
    />
  );
};
