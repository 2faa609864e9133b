import { dispatch } from '../core/dispatch';
import type { HandlerContext, Handlers } from '../core/handlers';
import { CHANNELS } from '../shared/contract';
import { fail, type Result } from '../shared/result';

/** The parts of an IPC invoke event we read; Electron's IpcMainInvokeEvent fits. */
export type InvokeEventLike = { senderFrame: { url: string } | null };
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

/**
 * Registers every contract channel, in one loop, on the real dispatch. A frame that is not our
 * page (a stray navigation, an injected iframe) gets a refusal value and never reaches a handler.
 */
export const registerIpc = (ipcMain: IpcMainPort, opts: IpcOptions): void => {
  const log = opts.log ?? ((message, error) => console.error(message, error));
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, input): Promise<Result<unknown>> => {
      try {
        if (!opts.isTrustedSender(event.senderFrame?.url)) return fail('VALIDATION', REFUSED_MESSAGE);
        return await dispatch(opts.handlers, opts.ctx, channel, input, { log });
      } catch (e) {
        // dispatch already turns failures into values; this keeps a rejection from ever crossing IPC.
        log(`ipc ${channel} failed outside dispatch`, e);
        return fail('INTERNAL', 'Something went wrong; nothing was saved. Details are in the log.');
      }
    });
  }
};
