import type { BrowserWindowConstructorOptions } from 'electron';
import type { InvokeEventLike, IpcMainPort } from '../../electron/main/ipc';
import type { SessionPort, WebContentsPort, WindowPort } from '../../electron/main/window';

/*
 * Small hand-written stand-ins for the Electron objects the glue modules receive as parameters.
 * They record what was registered and let a test fire events the way Electron would.
 */

type Listener = (...args: never[]) => unknown;

class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  count(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }
  emit(event: string, ...args: unknown[]): void {
    for (const l of this.listeners.get(event) ?? []) (l as (...a: unknown[]) => unknown)(...args);
  }
}

/** An Electron-style event whose preventDefault() can be observed. */
export const electronEvent = (): { defaultPrevented: boolean; preventDefault(): void } => ({
  defaultPrevented: false,
  preventDefault() {
    this.defaultPrevented = true;
  },
});

export class FakeSession implements SessionPort {
  requestHandler?: Parameters<SessionPort['setPermissionRequestHandler']>[0];
  checkHandler?: Parameters<SessionPort['setPermissionCheckHandler']>[0];
  setPermissionRequestHandler(handler: NonNullable<FakeSession['requestHandler']>): void {
    this.requestHandler = handler;
  }
  setPermissionCheckHandler(handler: NonNullable<FakeSession['checkHandler']>): void {
    this.checkHandler = handler;
  }
}

export class FakeWebContents extends Emitter implements WebContentsPort {
  readonly session = new FakeSession();
  openHandler?: Parameters<WebContentsPort['setWindowOpenHandler']>[0];
  setWindowOpenHandler(handler: NonNullable<FakeWebContents['openHandler']>): void {
    this.openHandler = handler;
  }
}

export class FakeWindow extends Emitter implements WindowPort {
  static created: FakeWindow[] = [];
  readonly webContents = new FakeWebContents();
  shown = false;
  loaded: string[] = [];
  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
    FakeWindow.created.push(this);
  }
  once(event: string, listener: Listener): this {
    return this.on(event, listener);
  }
  show(): void {
    this.shown = true;
  }
  async loadURL(url: string): Promise<void> {
    this.loaded.push(url);
  }
}

type InvokeListener = Parameters<IpcMainPort['handle']>[1];

/** Like Electron's ipcMain: a second handler for one channel is an error. */
export class FakeIpcMain implements IpcMainPort {
  readonly handlers = new Map<string, InvokeListener>();
  readonly registrations: string[] = [];
  handle(channel: string, listener: InvokeListener): void {
    this.registrations.push(channel);
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  }
  /**
   * Invokes as a renderer frame at `senderUrl` would (null: the frame is gone). A frame is the
   * window's own top-level frame unless `parentUrl` names the page it is embedded in.
   */
  invoke(channel: string, senderUrl: string | null, input?: unknown, parentUrl?: string): Promise<unknown> {
    const listener = this.handlers.get(channel);
    if (!listener) throw new Error(`No handler registered for '${channel}'`);
    const parent = parentUrl === undefined ? null : { url: parentUrl, parent: null };
    const event: InvokeEventLike = { senderFrame: senderUrl === null ? null : { url: senderUrl, parent } };
    return listener(event, input);
  }
}

export class FakePowerMonitor extends Emitter {}

/** ipcRenderer as the preload sees it. */
export class FakeIpcRenderer extends Emitter {
  readonly invoked: { channel: string; args: unknown[] }[] = [];
  async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invoked.push({ channel, args });
    return { ok: true, value: `answer to ${channel}` };
  }
  removeListener(event: string, listener: Listener): this {
    this.listeners.set(
      event,
      (this.listeners.get(event) ?? []).filter((l) => l !== listener),
    );
    return this;
  }
}
