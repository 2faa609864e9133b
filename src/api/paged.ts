import { keepPreviousData, useQueries } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
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
 * previous answer stays on screen.
 */
export const usePagedList = <C extends PagedChannel>(channel: C, filter: Filter<C>) => {
  // The rows in view belong to one filter: a new filter starts from its top.
  const key = JSON.stringify(filter);
  const [view, setView] = useState({ key, from: 0, to: 0 });
  const [from, to] = view.key === key ? [view.from, view.to] : [0, 0];
  const pages = useMemo(() => {
    const out = [0];
    for (let p = Math.max(1, Math.floor(from / PAGE_SIZE)); p <= Math.floor(to / PAGE_SIZE); p++) out.push(p);
    return out;
  }, [from, to]);
  const results = useQueries({
    queries: pages.map((p) => ({
      ...pageQuery(channel, filter, p),
      ...(p === 0 ? { placeholderData: keepPreviousData } : {}),
    })),
  });
  const first = results[0]?.data as ChannelOutput<C> | undefined;
  const loaded = new Map(pages.map((p, i) => [p, results[i]?.data as ChannelOutput<C> | undefined]));
  const rowAt = (i: number): PagedRow<C> | undefined =>
    loaded.get(Math.floor(i / PAGE_SIZE))?.rows[i % PAGE_SIZE] as PagedRow<C> | undefined;
  const onRange = useCallback(
    (f: number, t: number) =>
      setView((v) => (v.key === key && v.from === f && v.to === t ? v : { key, from: f, to: t })),
    [key],
  );
  return {
    /** Changes with the filter: the table is drawn anew, scrolled to its top. */
    key,
    total: first?.total,
    /** The first page's rows: the whole list when `total` is at most PAGE_SIZE. */
    firstRows: (first?.rows ?? []) as PagedRow<C>[],
    rowAt,
    onRange,
    error: results.find((r) => r.error)?.error ?? null,
  };
};
