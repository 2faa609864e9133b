import { QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Channel, ChannelInput, ChannelOutput } from '../../electron/shared/contract';
import { call } from './client';

export const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: 5_000 } },
});

/** Reads through a contract channel; the key is the channel plus its input. */
export const useApiQuery = <C extends Channel>(channel: C, input: ChannelInput<C>, enabled = true) =>
  useQuery<ChannelOutput<C>, Error>({ queryKey: [channel, input], queryFn: () => call(channel, input), enabled });

/** Writes through a channel; every read is refreshed afterwards (the data set is small and local). */
export const useApiMutation = <C extends Channel>(channel: C) => {
  const qc = useQueryClient();
  return useMutation<ChannelOutput<C>, Error, ChannelInput<C>>({
    mutationFn: (input) => call(channel, input),
    onSuccess: () => qc.invalidateQueries(),
  });
};
