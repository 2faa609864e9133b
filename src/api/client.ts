import type { Channel, ChannelInput, ChannelOutput } from '../../electron/shared/contract';
import type { AppError, Result } from '../../electron/shared/result';
import { i18n } from '../i18n';

/** What the preload script (or the browser test harness) puts on window.api. */
export type BridgeApi = {
  invoke: (channel: string, input: unknown) => Promise<Result<unknown>>;
  on?: (event: string, cb: () => void) => () => void;
};

declare global {
  // A global augmentation has to be an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Window {
    api?: BridgeApi;
  }
}

/** An error from the backend, carrying its code and per-field messages for forms. */
export class ApiError extends Error {
  readonly code: AppError['code'];
  readonly fields: Record<string, string>;
  constructor(error: AppError) {
    super(error.message);
    this.code = error.code;
    this.fields = error.fields ?? {};
  }
}

const bridge = (): BridgeApi => {
  if (!window.api) throw new ApiError({ code: 'INTERNAL', message: i18n.t('misc.backendMissing') });
  return window.api;
};

/** The renderer's only door to the backend. Resolves with the value or throws ApiError. */
export const call = async <C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> => {
  const result = await bridge().invoke(channel, input);
  if (!result.ok) throw new ApiError(result.error);
  return result.value as ChannelOutput<C>;
};

export const onBackendEvent = (event: string, cb: () => void): (() => void) =>
  window.api?.on?.(event, cb) ?? (() => {});
