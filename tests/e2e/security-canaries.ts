import type { Page } from '@playwright/test';
import { ata25Checked, cellTemplateInput, FARHAN_ANSWERS } from '../support/channel-inputs';
import { caseData, clientData } from '../support/factories';
import type { Harness } from '../support/harness';
import { expect, PASSPHRASE, TODAY } from './fixtures';
import { api } from './seed';

/*
 * XSS canaries (issue 7, "Renderer"): markup a hostile file, a pasted message or a tampered rule
 * pack could carry, stored in every kind of text the lawyer types. Each one would raise
 * window.__xss, pop an alert or fetch /x if the renderer ever turned it into markup.
 */
export const IMG = `<img src=x onerror="window.__xss=(window.__xss||0)+1;alert('xss')">`;
/** Short enough for a FIR number (50 characters). */
export const IMG_SHORT = '<img src=x onerror=alert(1)>';
export const SCRIPT = '<script>window.__xss=1</script>';
export const SVG = '<svg onload="window.__xss=1">';
export const LINK = '<a href="javascript:window.__xss=1">click</a>';

export const CLIENT_NAME = `Zara ${IMG}`;

export type Canaries = {
  clientId: string;
  caseId: string;
  draftId: string;
  hearingId: string;
};

/** A client, a case and everything around it, each text field carrying a canary. */
export const seedCanaries = async (harness: Harness): Promise<Canaries> => {
  const call = api(harness);
  await call('vault:create', { passphrase: PASSPHRASE });
  await call('profile:update', { name: `Imaan ${SVG}` });
  const court = await call('courts:create', { name: `ATC ${IMG}`, forumType: 'atc', city: SCRIPT });
  const station = await call('police-stations:create', { name: `Kohsar ${SVG}`, district: IMG });
  const client = await call(
    'clients:create',
    clientData({
      fullName: CLIENT_NAME,
      nameUr: `زارا ${SCRIPT}`,
      codename: `Kite${SVG}`,
      sensitive: true,
      contactPerson: LINK,
      notes: `${IMG} ${SCRIPT}`,
      guardianName: `Ghani ${SVG}`,
      address: `House ${IMG}`,
      district: SCRIPT,
    }),
  );
  const c = await call(
    'cases:create',
    caseData([client.id], {
      title: `State v. ${IMG}`,
      stage: SCRIPT,
      firNumber: IMG_SHORT,
      caseNumber: `Crl. Misc. ${IMG}`,
      policeStationId: station.id,
      firDistrict: SVG,
      prosecutor: LINK,
      opposingCounsel: IMG,
      team: [`Hina ${SCRIPT}`],
      forumId: court.id,
    }),
  );
  const first = await call('hearings:create', {
    caseId: c.id,
    date: '2026-11-20',
    time: '09:30',
    courtId: court.id,
    bench: `Court ${SVG}`,
    purpose: `Notice ${IMG}`,
  });
  const { next } = await call('hearings:record-outcome', {
    hearingId: first.id,
    outcome: 'adjourned',
    shortOrder: `Adjourned ${IMG} ${SCRIPT}`,
    nextDate: TODAY,
    nextTime: '10:00',
    nextPurpose: `Arguments ${SVG}`,
  });
  await call('notes:create', { caseId: c.id, date: TODAY, body: `Met in jail ${IMG} ${LINK}` });
  await call('notes:create', { clientId: client.id, date: TODAY, body: `Family ${SCRIPT}` });
  await call('bail:save', {
    data: {
      caseId: c.id,
      clientId: client.id,
      kind: 'crpc_497',
      forumId: court.id,
      filingDate: '2026-11-01',
      status: 'filed',
      surety: `Brother ${IMG}`,
      bondAmount: 100_000,
      conditions: SCRIPT,
      notes: SVG,
    },
  });
  await call('events:create', {
    caseId: c.id,
    kind: 'judgment',
    date: '2026-11-20',
    courtId: 'seed:ihc',
    details: { result: 'order' },
    note: `Order ${IMG}`,
  });
  const { deadlines } = await call('deadlines:for-case', { caseId: c.id });
  const open = deadlines.find((d) => d.status === 'open');
  if (open) await call('deadlines:set-status', { id: open.id, status: 'completed', note: `Filed ${IMG}` });
  await call('holidays:save', {
    data: {
      name: `Holiday ${IMG}`,
      kind: 'local',
      dateFrom: '2026-11-30',
      dateTo: '2026-11-30',
      source: SCRIPT,
    },
  });
  await call('rules:save', {
    id: 'ata25-convict-appeal',
    data: { ...ata25Checked, name: `Appeal ${IMG}`, notes: SCRIPT, source: `Checked ${SVG}` },
  });
  const draft = await call('petitions:create', {
    caseId: c.id,
    templateId: 'bail-497-hc-en',
    clientId: client.id,
    answers: { ...FARHAN_ANSWERS, 'client.address': `House ${IMG}` },
    author: `Usman ${SCRIPT}`,
  });
  // A draft edited with pasted markup, as from a hostile web page or e-mail.
  await call('petitions:save', {
    id: draft.id,
    html: `<article lang="en"><p>Grounds ${IMG}</p><img src=x onerror="window.__xss=1"><script>window.__xss=1</script>${LINK}<iframe src="https://evil.example/"></iframe></article>`,
  });
  await call('templates:add-docx', { ...cellTemplateInput(), name: `Cell template ${IMG}` });
  return { clientId: client.id, caseId: c.id, draftId: draft.id, hearingId: next?.id ?? first.id };
};

/** Every screen and printout that shows stored text, with something each must show. */
export const views = (k: Canaries): { name: string; hash: string; shows?: string | RegExp }[] => [
  { name: 'today', hash: '#/', shows: 'Arguments' },
  { name: 'diary week', hash: '#/diary', shows: /Nov 2026/ },
  { name: 'deadlines', hash: '#/deadlines' },
  { name: 'clients', hash: '#/clients', shows: 'Zara' },
  { name: 'client', hash: `#/clients/${k.clientId}`, shows: 'Zara' },
  { name: 'client form', hash: `#/clients/${k.clientId}/edit` },
  { name: 'cases', hash: '#/cases', shows: 'State v.' },
  { name: 'case', hash: `#/cases/${k.caseId}`, shows: 'State v.' },
  { name: 'case form', hash: `#/cases/${k.caseId}/edit` },
  { name: 'settings', hash: '#/settings' },
  { name: 'rules', hash: '#/rules', shows: 'Appeal' },
  { name: 'court calendar', hash: '#/calendar', shows: 'Holiday' },
  { name: 'reports', hash: '#/reports' },
  { name: 'petition editor', hash: `#/petitions/${k.draftId}`, shows: 'Grounds' },
  { name: 'cause list', hash: `#/print?from=${TODAY}&to=2026-12-31&redacted=0`, shows: 'Arguments' },
  { name: 'petition print', hash: `#/print-petition/${k.draftId}`, shows: 'Grounds' },
  { name: 'case summary print', hash: `#/print-summary/${k.caseId}` },
  { name: 'client dossier print', hash: `#/print-dossier/${k.clientId}` },
  { name: 'caseload print', hash: '#/print-report?from=2026-01-01&to=2026-12-31&redacted=0' },
];

/** What a canary that ran, or was parsed as markup, would leave in the page. */
export const traces = (page: Page) =>
  page.evaluate(() => ({
    flag: (window as unknown as { __xss?: number }).__xss ?? null,
    imgX: document.querySelectorAll('img[src="x"]').length,
    handlers: document.querySelectorAll('[onerror], [onload], [onclick]').length,
    inlineScripts: document.querySelectorAll('script:not([src])').length,
    svgs: [...document.querySelectorAll('svg')].filter((s) => s.getAttribute('onload') !== null).length,
    jsLinks: [...document.querySelectorAll('a[href]')].filter((a) =>
      /^\s*javascript:/i.test(a.getAttribute('href') ?? ''),
    ).length,
    frames: document.querySelectorAll('iframe, frame, object, embed').length,
  }));

export const NO_TRACES = { flag: null, imgX: 0, handlers: 0, inlineScripts: 0, svgs: 0, jsLinks: 0, frames: 0 };

/** Opens a view and waits until it has rendered what it should show. */
export const openView = async (page: Page, hash: string, shows?: string | RegExp) => {
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
  if (shows) await expect(page.getByText(shows).first()).toBeVisible();
  else await expect(page.getByText('Loading…')).toHaveCount(0);
};
