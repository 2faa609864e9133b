import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { ChannelInput, ChannelOutput } from '../../electron/shared/contract';
import { apiQuery } from './queries';

/** Rows fetched at a time: several screens, so a scroll rarely waits, and few enough to arrive at once. */
export const PAGE_SIZE = 200;

export type PagedChannel = 'cases:page' | 'clients:page';
export type PagedRow<C extends PagedChannel> = ChannelOutput<C>['rows'][number];
type Filter<C extends PagedChannel> = Omit<ChannelInput<C>, 'offset' | 'limit'>;

/** The query for one page of a list: the key is the channel plus the filter and window. */
const pageQuery = <C extends PagedChannel>(channel: C, filter: Filter<C>, page: number) =>
  apiQuery(channel, { ...filter, offset: page * PAGE_SIZE, limit: PAGE_SIZE } as ChannelInput<C>);

/**
 * A list of any length read a page at a time: the first page (which also says how many rows match)
 * and the pages holding the rows in view, as the table reports them through `onRange`. Pages are
 * cached like any query and refreshed after every write. While a new filter's first page loads, the
 * previous answer stays on screen, and `key` (the filter whose rows are shown) stays as it was.
 */
export const usePagedList = <C extends PagedChannel>(channel: C, filter: Filter<C>) => {
  const wanted = JSON.stringify(filter);
  // One observer for the first page across filters, so the previous filter's answer is its placeholder.
  const first = useQuery<ChannelOutput<C>, Error>({
    ...pageQuery(channel, filter, 0),
    placeholderData: keepPreviousData,
  });
  const [shown, setShown] = useState(wanted);
  const arrived = first.data !== undefined && !first.isPlaceholderData;
  // Remembered as it arrives (React's "adjusting state when a prop changes": set during render).
  if (arrived && shown !== wanted) setShown(wanted);
  const key = arrived ? wanted : shown;
  // The pages in view (first and last), of the filter whose rows are shown; a new one starts at the top.
  const [view, setView] = useState({ key, from: 0, to: 0 });
  const [from, to] = view.key === key && key === wanted ? [view.from, view.to] : [0, 0];
  const more = useQueries({
    queries: Array.from({ length: Math.max(0, to - Math.max(1, from) + 1) }, (_, i) =>
      pageQuery(channel, filter, Math.max(1, from) + i),
    ),
  });
  const pageAt = (p: number): ChannelOutput<C> | undefined =>
    p === 0 ? first.data : (more[p - Math.max(1, from)]?.data as ChannelOutput<C> | undefined);
  const rowAt = (i: number): PagedRow<C> | undefined =>
    pageAt(Math.floor(i / PAGE_SIZE))?.rows[i % PAGE_SIZE] as PagedRow<C> | undefined;
  const onRange = useCallback(
    (f: number, t: number) => {
      const [pf, pt] = [Math.floor(f / PAGE_SIZE), Math.floor(t / PAGE_SIZE)];
      setView((v) => (v.key === key && v.from === pf && v.to === pt ? v : { key, from: pf, to: pt }));
    },
    [key],
  );
  const total = first.data?.total ?? undefined;
  return {
    /** The filter whose rows are shown: when it changes, the table is drawn anew, scrolled to its top. */
    key,
    total,
    /** What PagedTable takes; the first page's rows are the whole list when `total` is at most PAGE_SIZE. */
    table: { count: total ?? 0, rowAt, onRange, firstRows: (first.data?.rows ?? []) as PagedRow<C>[] },
    error: first.error ?? more.find((r) => r.error)?.error ?? null,
  };
};
