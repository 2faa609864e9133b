import type { Result } from '../shared/result';
import type { MuhafizApi } from './api';
import { INVOKE_CHANNELS, PUSH_EVENTS } from './channels';

/** The part of Electron's ipcRenderer the api needs; tests pass a stand-in. */
export type IpcRendererPort = {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
};

const invokable: ReadonlySet<string> = new Set(INVOKE_CHANNELS);
const pushable: ReadonlySet<string> = new Set(PUSH_EVENTS);

// Errors are values across IPC; a bad channel name from the page gets one too, not an exception.
const refused = (what: string): Promise<Result<never>> =>
  Promise.resolve({ ok: false, error: { code: 'VALIDATION', message: `Unknown channel "${what}".` } });

/**
 * Builds window.api. Only contract channels reach main; only the fixed push events can be
 * subscribed to; the listener never sees Electron's event object (it carries ipcRenderer itself).
 */
export const buildApi = (ipc: IpcRendererPort): MuhafizApi => ({
  invoke: ((channel: unknown, input?: unknown) =>
    typeof channel === 'string' && invokable.has(channel)
      ? ipc.invoke(channel, input)
      : refused(String(channel))) as MuhafizApi['invoke'],
  on: (event, listener) => {
    if (typeof event !== 'string' || !pushable.has(event) || typeof listener !== 'function') {
      throw new TypeError(`Unknown event "${String(event)}".`);
    }
    const forward = (): void => listener();
    ipc.on(event, forward);
    return () => void ipc.removeListener(event, forward);
  },
});
