import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { makeTestApp, PASSPHRASE, type TestApp } from './context';

type AppOptions = NonNullable<Parameters<typeof makeTestApp>[0]>;

/**
 * A vault built once for a test file (created with PASSPHRASE, then filled and left as `build` leaves
 * it, usually locked) and copied for each test: `copy()` opens a copy in a folder of its own (or in
 * `dir`), `track()` takes any other app; both are cleaned up after each test, the template after
 * the file.
 */
export const templateVault = (build: (app: TestApp) => Promise<void>, timeout?: number) => {
  let template = '';
  const apps: TestApp[] = [];
  beforeAll(async () => {
    const app = makeTestApp();
    template = app.dir;
    await app.must('vault:create', { passphrase: PASSPHRASE });
    await build(app);
  }, timeout);
  afterEach(() => {
    while (apps.length) apps.pop()?.cleanup();
  });
  afterAll(() => {
    if (template) rmSync(template, { recursive: true, force: true });
  });
  const track = (app: TestApp): TestApp => {
    apps.push(app);
    return app;
  };
  const copy = (opts: AppOptions = {}): TestApp => {
    const dir = opts.dir ?? mkdtempSync(join(tmpdir(), 'muhafiz-copy-'));
    cpSync(template, dir, { recursive: true });
    return track(makeTestApp({ ...opts, dir }));
  };
  return { copy, track };
};
