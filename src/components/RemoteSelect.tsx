import { Select, type ComboboxData, type ComboboxItem, type OptionsFilter, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
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
  onInput,
  ...rest
}: RemoteSelectProps<C>) => {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  // Nothing is fetched until the dropdown first opens: a form of many pickers asks for none.
  const [opened, setOpened] = useState(false);
  const [picked, setPicked] = useState<ComboboxItem | null>(null);
  // The lawyer is erasing the chosen label (Backspace from its end): no search yet.
  const [erasing, setErasing] = useState(false);
  // Whether the last change to the text took characters out (Backspace, Delete), not typed them.
  const deleting = useRef(false);

  const pickedLabel = value != null && picked?.value === value ? picked.label : undefined;
  const lookup = useQuery({
    queryKey: ['picker:label', channel, value],
    queryFn: () => (labelOf && value ? labelOf(value) : Promise.resolve('')),
    enabled: Boolean(labelOf && value) && pickedLabel === undefined,
  });
  const selectedLabel = pickedLabel ?? (value != null ? lookup.data : undefined);

  // The field shows the chosen label until the lawyer types: then the typed text is the search. While
  // she erases the label, what is left of it matches no single column, so the first matches show.
  // The list channels take at most 100 characters of query; more is never needed to narrow.
  const typed = search.trim().slice(0, 100);
  const wanted = typed && !erasing && search !== selectedLabel ? typed : null;
  const [query] = useDebouncedValue(wanted, PICKER_DEBOUNCE_MS);
  const skip = exclude?.size ?? 0;
  const page = useQuery({
    ...apiQuery(channel, {
      ...input,
      query,
      offset: 0,
      // Enough to fill the list after the excluded ids are taken out.
      limit: Math.min(LIST_WINDOW_MAX, PICKER_LIMIT + skip),
    } as ChannelInput<C>),
    enabled: opened,
    placeholderData: keepPreviousData,
  });
  // Until the backend has answered for what is typed now (during the pause and the fetch), the last
  // answer is narrowed here to the rows whose label holds the typed text, under a loading hint: no
  // row that does not match what is typed is ever shown or picked.
  const settled = page.data !== undefined && !page.isPlaceholderData && query === wanted;
  const needle = settled ? '' : (wanted?.toLowerCase() ?? '');
  const fits = (label: string) => label.toLowerCase().includes(needle);

  const fetched = (page.data?.rows ?? []).map((r) => toOption(r as Row<C>));
  const offered = fetched.filter((o) => !exclude?.has(o.value) && fits(o.label));
  const options = offered.slice(0, PICKER_LIMIT);
  // How many match, the excluded left out: exact when the window held every match; otherwise counted
  // as if each excluded id matched (the ids come from the same table, and usually do).
  const matches = page.data?.total ?? 0;
  const total = matches <= fetched.length ? offered.length : Math.max(offered.length, matches - skip);
  const shown = new Set(options.map((o) => o.value));

  // The chosen value stays in the data so that the field keeps its label: listed first when nothing
  // is searched (or she is erasing its label) or while its label holds the typed text and the answer
  // is awaited; otherwise out of sight unless the backend matched it.
  const chosenLabel = value != null && !shown.has(value) ? selectedLabel : undefined;
  const chosen = value != null && chosenLabel !== undefined ? { value, label: chosenLabel } : undefined;
  const listChosen = chosen !== undefined && (wanted === null || (!settled && fits(chosen.label)));
  const first = chosen && listChosen ? [chosen] : [];
  const unseen = chosen && !listChosen ? [chosen] : [];
  const visible = new Set([...first, ...options].map((o) => o.value));
  // Before the dropdown first opens nothing is asked: the chosen value alone, and no loading hint.
  const data: ComboboxData = !settled
    ? opened && first.length + options.length > 0
      ? [...unseen, { group: t('common.loading'), items: [...first, ...options] }]
      : [...unseen, ...first]
    : total > options.length
      ? [
          ...unseen,
          ...first,
          {
            group: t('picker.more', { shown: options.length, total: total.toLocaleString('en-GB') }),
            items: options,
          },
        ]
      : [...unseen, ...first, ...options];
  // Mantine passes an empty search while the field shows the chosen label or is empty: then nothing
  // is searched and everything shows.
  const filter: OptionsFilter = ({ options: all, search: s }) =>
    s ? all.filter((o) => 'group' in o || visible.has(o.value)) : all;

  const onSearchChange = (next: string) => {
    // Erasing: Backspace or Delete leaves a beginning of the chosen label (typing or pasting ends it).
    const deleted = deleting.current;
    deleting.current = false;
    setErasing(
      deleted &&
        next !== '' &&
        selectedLabel !== undefined &&
        selectedLabel.startsWith(next) &&
        (erasing || search === selectedLabel),
    );
    setSearch(next);
  };

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
        setOpened(true);
        onDropdownOpen?.();
      }}
      onInput={(event) => {
        deleting.current = (event.nativeEvent as InputEvent).inputType?.startsWith('delete') ?? false;
        onInput?.(event);
      }}
      searchValue={search}
      onSearchChange={onSearchChange}
      data={data}
      filter={filter}
      // A failed search (the vault locked meanwhile) is not left saying "Loading…".
      nothingFoundMessage={settled || !opened || page.isError ? t('picker.nothingFound') : t('common.loading')}
    />
  );
};
