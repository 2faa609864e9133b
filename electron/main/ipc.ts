import { dispatch } from '../core/dispatch';
import type { HandlerContext, Handlers } from '../core/handlers';
import { CHANNELS } from '../shared/contract';
import { fail, type Result } from '../shared/result';

/**
 * The parts of an IPC invoke event we read; Electron's IpcMainInvokeEvent fits. `parent` is null
 * for a top-level frame (Electron's WebFrameMain.parent).
 */
export type InvokeEventLike = { senderFrame: { url: string; parent: unknown } | null };
export type IpcMainPort = {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>): void;
};

export type IpcOptions = {
  handlers: Handlers;
  ctx: HandlerContext;
  /** Given the sender frame's URL: is this our own page? */
  isTrustedSender: (url: string | undefined) => boolean;
  log?: (message: string, error: unknown) => void;
};

export const REFUSED_MESSAGE = 'Refused: not the Muhafiz window';

/** Only our own page, loaded in the window itself (not in a sub-frame, even one of ours), may call. */
const isOurTopFrame = (event: InvokeEventLike, isTrusted: (url: string | undefined) => boolean): boolean => {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isTrusted(frame.url);
};

/**
 * Registers every contract channel, in one loop, on the real dispatch. A frame that is not our
 * page (a stray navigation, an injected iframe) gets a FORBIDDEN_SENDER value and never reaches a
 * handler.
 */
export const registerIpc = (ipcMain: IpcMainPort, opts: IpcOptions): void => {
  const log = opts.log ?? ((message, error) => console.error(message, error));
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, input): Promise<Result<unknown>> => {
      try {
        if (!isOurTopFrame(event, opts.isTrustedSender)) return fail('FORBIDDEN_SENDER', REFUSED_MESSAGE);
        return await dispatch(opts.handlers, opts.ctx, channel, input, { log });
      } catch (e) {
        // dispatch already turns failures into values; this keeps a rejection from ever crossing IPC.
        log(`ipc ${channel} failed outside dispatch`, e);
        return fail('INTERNAL', 'Something went wrong; nothing was saved. Details are in the log.');
      }
    });
  }
};
