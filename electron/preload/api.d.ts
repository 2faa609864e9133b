import type { Channel, ChannelInput, ChannelOutput } from '../shared/contract';
import type { Result } from '../shared/result';
import type { PushEvent } from './channels';

/** Channels whose input may be left out (dispatch treats a missing input as `{}`). */
type InvokeArgs<C extends Channel> =
  Record<never, never> extends ChannelInput<C> ? [input?: ChannelInput<C>] : [input: ChannelInput<C>];

/** What the preload exposes as `window.api`; the renderer's only way to the backend. */
export type MuhafizApi = {
  invoke: <C extends Channel>(channel: C, ...args: InvokeArgs<C>) => Promise<Result<ChannelOutput<C>>>;
  /** Subscribes to an event pushed by main; returns the unsubscribe function. */
  on: (event: PushEvent, listener: () => void) => () => void;
};

export type { PushEvent };
