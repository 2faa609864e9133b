import { mkdtempSync, readFileSync, rmSync, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { dispatch } from '../../electron/core/dispatch';
import { contract, type Channel } from '../../electron/shared/contract';
import { handlers, type HandlerContext } from '../../electron/core/handlers';
import { Vault } from '../../electron/core/db/vault';
import { ReminderRunner } from '../../electron/core/services/reminder-runner';
import type { ReminderNotice } from '../../electron/shared/diary-schemas';
import type { KdfParams } from '../../electron/core/db/envelope';

const RESOURCES = resolve(__dirname, '../../resources');

/*
 * The browser test harness: serves the built renderer (out/renderer) on 127.0.0.1 and answers
 * window.api with the real dispatch on an encrypted database in a temp (or given) folder.
 * A development and test tool only; never part of the packaged app.
 */

export type HarnessOptions = {
  /** Database folder; a fresh temp folder when absent (and removed on close). */
  dir?: string;
  /** Fixed "today" (YYYY-MM-DD, Pakistan), at 10:00 PKT; the real clock when absent. */
  today?: string;
  /** A fixed instant instead (UTC ISO), for reminder times. */
  now?: string;
  port?: number;
  kdf?: KdfParams;
  /**
   * Events main pushes to the window (app:locked) reach the page over a server-sent event stream.
   * Off by default: the open stream would keep Playwright's "networkidle" from ever settling.
   */
  pushEvents?: boolean;
};

export type Harness = {
  url: string;
  dir: string;
  ctx: HandlerContext;
  notices: ReminderNotice[];
  /** Answers that did not match the contract (checked after they were sent); the fixture fails the test on any. */
  contractBreaks: string[];
  /** Sends a push event to the page, as main does with webContents.send (needs `pushEvents`). */
  push: (event: string) => void;
  close: () => Promise<void>;
};

const RENDERER = resolve(__dirname, '../../out/renderer');
const MIGRATIONS = resolve(__dirname, '../../electron/core/db/migrations');
const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
};

const BRIDGE = `window.api = {
  invoke: (channel, input) =>
    fetch('/__api', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ channel, input }) })
      .then((r) => r.json()),
  on: () => () => {},
};`;

/** The bridge with push events: one EventSource, each message's data the event's name. */
const BRIDGE_WITH_EVENTS = `${BRIDGE}
window.api.on = (event, cb) => {
  const source = (window.__muhafizEvents ??= new EventSource('/__harness/events'));
  const listener = (m) => { if (m.data === event) cb(); };
  source.addEventListener('message', listener);
  return () => source.removeEventListener('message', listener);
};`;

const readBody = (req: IncomingMessage): Promise<string> =>
  new Promise((res, rej) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (body += c));
    req.on('end', () => res(body));
    req.on('error', rej);
  });

const serveStatic = (path: string, res: ServerResponse) => {
  const file = normalize(join(RENDERER, decodeURIComponent(path === '/' ? '/index.html' : path)));
  if (!file.startsWith(RENDERER + sep) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404).end('not found');
    return;
  }
  let body: Buffer | string = readFileSync(file);
  if (file.endsWith('index.html')) {
    body = body.toString('utf8').replace('<script', '<script src="/__harness/bridge.js"></script>\n    <script');
  }
  res.writeHead(200, {
    'content-type': MIME[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-store',
  });
  res.end(body);
};

export const startHarness = async (opts: HarnessOptions = {}): Promise<Harness> => {
  if (!existsSync(join(RENDERER, 'index.html'))) throw new Error('Build the renderer first: npm run build');
  const dir = opts.dir ?? mkdtempSync(join(tmpdir(), 'muhafiz-harness-'));
  const fixed = opts.now ? new Date(opts.now) : opts.today ? new Date(`${opts.today}T05:00:00.000Z`) : null;
  const now = () => fixed ?? new Date();
  const vault = new Vault({ dir, migrationsFolder: MIGRATIONS, now, ...(opts.kdf ? { kdf: opts.kdf } : {}) });
  const notices: ReminderNotice[] = [];
  const reminders = new ReminderRunner({ vault, now, notify: (n) => notices.push(n) });
  const ctx: HandlerContext = { vault, now, version: 'harness', reminders, resourcesDir: RESOURCES };

  const streams = new Set<ServerResponse>();
  const contractBreaks: string[] = [];
  const checkOutput = (channel: string, value: unknown) => {
    const out = contract[channel as Channel].output.safeParse(value);
    if (!out.success) {
      console.error(`output of ${channel} broke the contract`, out.error);
      contractBreaks.push(`${channel}: ${out.error.message}`);
    }
  };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (opts.pushEvents && url.pathname === '/__harness/events') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
      res.write(': open\n\n');
      streams.add(res);
      req.on('close', () => streams.delete(res));
      return;
    }
    if (req.method === 'POST' && url.pathname === '/__api') {
      void readBody(req).then(async (raw) => {
        let msg: { channel?: unknown; input?: unknown } = {};
        try {
          msg = JSON.parse(raw) as typeof msg;
        } catch {
          /* dispatch answers the empty message with a validation error */
        }
        const channel = String(msg.channel);
        const result = await dispatch(handlers, ctx, channel, msg.input, { log: (m, e) => console.error(m, e) });
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
        // The answer is checked against the contract after it has gone, as main sends it unchecked:
        // the page's timings are the app's, and a broken contract still fails the test (fixtures.ts).
        if (result.ok) setImmediate(() => checkOutput(channel, result.value));
      });
      return;
    }
    if (url.pathname === '/__harness/bridge.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(opts.pushEvents ? BRIDGE_WITH_EVENTS : BRIDGE);
      return;
    }
    serveStatic(url.pathname, res);
  });
  await new Promise<void>((res) => server.listen(opts.port ?? 0, '127.0.0.1', res));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    dir,
    ctx,
    notices,
    contractBreaks,
    push: (event) => {
      for (const stream of streams) stream.write(`data: ${event}\n\n`);
    },
    close: async () => {
      for (const stream of streams) stream.end();
      await new Promise<void>((res) => server.close(() => res()));
      server.closeAllConnections();
      vault.lock();
      if (!opts.dir) rmSync(dir, { recursive: true, force: true });
    },
  };
};
