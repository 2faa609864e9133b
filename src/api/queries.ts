import { QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Channel, ChannelInput, ChannelOutput } from '../../electron/shared/contract';
import { call } from './client';

export const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: 5_000 } },
});

/** A read through a contract channel, as query options: the key is the channel plus its input. */
export const apiQuery = <C extends Channel>(channel: C, input: ChannelInput<C>) => ({
  queryKey: [channel, input],
  queryFn: (): Promise<ChannelOutput<C>> => call(channel, input),
});

/** Reads through a contract channel; the key is the channel plus its input. */
export const useApiQuery = <C extends Channel>(channel: C, input: ChannelInput<C>, enabled = true) =>
  useQuery<ChannelOutput<C>, Error>({ ...apiQuery(channel, input), enabled });

/**
 * Starts a read the moment the address turns to a route, before the page has rendered (a route
 * loader): the backend works while React draws the page around the list. The page's own
 * useApiQuery with the same channel and input picks up the request in flight; fresh data in the
 * cache is not fetched again.
 */
export const loadOnRoute = <C extends Channel>(path: string, channel: C, input: ChannelInput<C>): void => {
  window.addEventListener('hashchange', () => {
    if ((window.location.hash.replace(/^#/, '').split('?')[0] || '/') === path)
      void queryClient.prefetchQuery(apiQuery(channel, input));
  });
};

/** Writes through a channel; every read is refreshed afterwards (the data set is small and local). */
export const useApiMutation = <C extends Channel>(channel: C) => {
  const qc = useQueryClient();
  return useMutation<ChannelOutput<C>, Error, ChannelInput<C>>({
    mutationFn: (input) => call(channel, input),
    onSuccess: () => qc.invalidateQueries(),
  });
};
