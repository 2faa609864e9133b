import ICAL from 'ical.js';
import { afterEach, describe, expect, test } from 'vitest';
import { makeUnlockedApp, type TestApp } from '../support/context';
import { courtWeek, fix, type CourtWeek } from '../support/diary';
import { AHMADI_DEFENDER, WHRD } from '../support/personas';

/*
 * The diary as an iCalendar file for a phone: exported through dispatch, parsed back with
 * ical.js (an independent RFC 5545 parser) and checked field by field. Today: Monday
 * 30 November 2026, 09:00 in Pakistan.
 */

let app: TestApp;
let w: CourtWeek;
afterEach(() => app?.cleanup());

type Parsed = {
  uid: string;
  summary: string;
  location: string;
  description: string;
  /** UTC instant for timed events; YYYY-MM-DD for all-day ones. */
  start: string;
  end: string;
  allDay: boolean;
};

const parse = (content: string): { calendar: ICAL.Component; events: Map<string, Parsed> } => {
  const calendar = new ICAL.Component(ICAL.parse(content));
  const events = new Map<string, Parsed>();
  for (const vevent of calendar.getAllSubcomponents('vevent')) {
    const e = new ICAL.Event(vevent);
    const when = (t: ICAL.Time) => (t.isDate ? t.toString() : t.toJSDate().toISOString());
    events.set(e.uid, {
      uid: e.uid,
      summary: e.summary,
      location: e.location,
      description: e.description,
      start: when(e.startDate),
      end: when(e.endDate),
      allDay: e.startDate.isDate,
    });
  }
  return { calendar, events };
};

/** The raw file with folded lines joined again, so a name split across a fold is still found. */
const unfolded = (content: string) => content.replace(/\r?\n[ \t]/g, '');

const exportRange = (from: string, to: string) => app.must('diary:export-ics', { from, to });

/**
 * The week: Sadia Jaffar's bail at the IHC at 09:30 (last date 23 November, adjourned with an
 * order); a night remand of Zarghuna Khattak ("Chinar") before the duty magistrate at 02:00 on
 * 1 December; her ATC trial at 23:30 (a late sitting); Naseer Ahmad's ("Falcon") pre-arrest bail
 * at Chiniot with no time; Rukhsana Bibi's habeas petition at the LHC.
 */
const week = async () => {
  app = await makeUnlockedApp({ now: '2026-11-30T04:00:00.000Z' });
  w = await courtWeek(app);
  const lastDate = await fix(app, w.pecaCase.id, '2026-11-23', 'Arguments on bail', {
    time: '09:30',
    courtId: 'seed:ihc',
    bench: 'Court No. 2',
  });
  const { next } = await app.must('hearings:record-outcome', {
    hearingId: lastDate.id,
    outcome: 'adjourned',
    shortOrder: 'Notice to the State; NCCIA to produce the record of the YouTube videos',
    nextDate: '2026-11-30',
    nextTime: '09:30',
  });
  if (!next) throw new Error('no next hearing');
  const remandCase = await app.must('cases:create', {
    caseType: 'bail',
    parties: [{ clientId: w.whrd.id, role: 'accused' }],
    firNumber: '233/2026',
    firDistrict: 'Islamabad',
    investigatingAgency: 'ctd',
    offences: [{ statute: 'ATA', section: '11-F' }],
    forumId: w.courts.magistrate.id,
    custodyStatus: 'in_custody',
    arrestDate: '2026-11-29',
    team: ['Imaan Hazir'],
  });
  return {
    lastDate,
    ihc: next,
    remand: await fix(app, remandCase.id, '2026-12-01', 'Physical remand', {
      time: '02:00',
      courtId: w.courts.magistrate.id,
    }),
    atc: await fix(app, w.atcCase.id, '2026-12-02', 'Cross-examination of PW-3 (late sitting)', {
      time: '23:30',
      courtId: w.courts.atc.id,
      bench: 'Judge ATC-I',
    }),
    chiniot: await fix(app, w.ahmadiCase.id, '2026-12-03', 'Arguments on pre-arrest bail', {
      courtId: w.courts.sessionsChiniot.id,
    }),
    habeas: await fix(app, w.habeasCase.id, '2026-12-04', 'Report of IGP Punjab', {
      time: '11:00',
      courtId: 'seed:lhc',
      bench: 'Court No. 5',
    }),
  };
};

describe('diary:export-ics for a range', () => {
  test('holds one VEVENT per hearing in the range, each with the UID "<hearing id>@muhafiz"', async () => {
    const h = await week();
    const { calendar, events } = parse((await exportRange('2026-11-30', '2026-12-06')).content);
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect([...events.keys()].sort()).toEqual(
      [h.ihc, h.remand, h.atc, h.chiniot, h.habeas].map((x) => `${x.id}@muhafiz`).sort(),
    );
    // The last date (23 November) is outside the range.
    expect(events.has(`${h.lastDate.id}@muhafiz`)).toBe(false);
  });

  test('timed hearings start at the Pakistan time minus five hours, in UTC, and last an hour', async () => {
    const h = await week();
    const { content } = await exportRange('2026-11-30', '2026-12-06');
    const { events } = parse(content);
    const ev = (id: string) => events.get(`${id}@muhafiz`);
    expect(ev(h.ihc.id)).toMatchObject({
      allDay: false,
      start: '2026-11-30T04:30:00.000Z',
      end: '2026-11-30T05:30:00.000Z',
    });
    // 02:00 PKT on 1 December is 21:00 UTC on 30 November.
    expect(ev(h.remand.id)).toMatchObject({ start: '2026-11-30T21:00:00.000Z', end: '2026-11-30T22:00:00.000Z' });
    // 23:30 PKT on 2 December is 18:30 UTC the same day.
    expect(ev(h.atc.id)).toMatchObject({ start: '2026-12-02T18:30:00.000Z' });
    expect(ev(h.habeas.id)).toMatchObject({ start: '2026-12-04T06:00:00.000Z' });
    // Written as UTC ("Z"), so a phone in any zone shows the right hour.
    expect(unfolded(content)).toContain('DTSTART:20261130T210000Z');
  });

  test('untimed hearings are all-day events on their own date', async () => {
    const h = await week();
    const { content } = await exportRange('2026-11-30', '2026-12-06');
    expect(parse(content).events.get(`${h.chiniot.id}@muhafiz`)).toMatchObject({
      allDay: true,
      start: '2026-12-03',
      end: '2026-12-04',
    });
    expect(unfolded(content)).toContain('DTSTART;VALUE=DATE:20261203');
  });

  test('SUMMARY names the case number (or FIR) and purpose; LOCATION the court and bench', async () => {
    const h = await week();
    const { events } = parse((await exportRange('2026-11-30', '2026-12-06')).content);
    const ev = (id: string) => events.get(`${id}@muhafiz`);
    expect(ev(h.ihc.id)).toMatchObject({
      summary: 'Crl. Misc. No. 1412-B of 2026: Arguments on bail',
      location: 'Islamabad High Court, Court No. 2',
    });
    expect(ev(h.atc.id)).toMatchObject({
      summary: 'Special Case No. 41 of 2026: Cross-examination of PW-3 (late sitting)',
      location: 'Anti-Terrorism Court No. 1, Rawalpindi, Judge ATC-I',
    });
    expect(ev(h.remand.id)).toMatchObject({
      summary: 'FIR 233/2026: Physical remand',
      location: 'Duty Magistrate, Islamabad',
    });
    expect(ev(h.chiniot.id)?.summary).toBe('FIR 45/2026: Arguments on pre-arrest bail');
  });

  test("DESCRIPTION carries the client, the FIR, the last date's order and custody", async () => {
    const h = await week();
    const { events } = parse((await exportRange('2026-11-30', '2026-12-06')).content);
    expect(events.get(`${h.ihc.id}@muhafiz`)?.description.split('\n')).toEqual([
      'Client: Sadia Jaffar',
      'FIR: 112/2026',
      'Last date 2026-11-23: Notice to the State; NCCIA to produce the record of the YouTube videos',
      'Client in custody',
    ]);
    expect(events.get(`${h.habeas.id}@muhafiz`)?.description).toBe('Client: Rukhsana Bibi, Imran Qureshi');
  });

  test('names sensitive clients by codename only: no real name, Urdu name or CNIC anywhere in the file', async () => {
    const h = await week();
    const { content } = await exportRange('2026-11-30', '2026-12-06');
    const { events } = parse(content);
    expect(events.get(`${h.atc.id}@muhafiz`)?.description).toMatch(/^Client: Chinar\n/);
    expect(events.get(`${h.remand.id}@muhafiz`)?.description).toMatch(/^Client: Chinar\n/);
    expect(events.get(`${h.chiniot.id}@muhafiz`)?.description).toMatch(/^Client: Falcon\n/);
    const text = unfolded(content);
    for (const secret of [WHRD, AHMADI_DEFENDER].flatMap((c) => [
      c.fullName,
      ...c.fullName.split(' '),
      c.nameUr ?? '',
      c.cnic ?? '',
      c.phone ?? '',
    ])) {
      expect(text, secret).not.toContain(secret);
    }
    // A client who is not sensitive is named, so the check above can fail.
    expect(text).toContain('Sadia Jaffar');
  });

  test('is RFC 5545 text: CRLF line ends, folded lines, a product id and the calendar name', async () => {
    await week();
    const { content } = await exportRange('2026-11-30', '2026-12-06');
    expect(content.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(content.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const { calendar } = parse(content);
    expect(calendar.getFirstPropertyValue('prodid')).toBe('muhafiz/diary');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Muhafiz hearings');
  });

  test('Urdu text in a purpose and bench, longer than a line, comes back whole', async () => {
    await week();
    const purpose =
      'ضمانت بعد از گرفتاری کی درخواست پر بحث، استغاثہ کی جانب سے ریکارڈ کی فراہمی اور تفتیشی افسر کی حاضری';
    const h = await fix(app, w.pecaCase.id, '2026-12-05', purpose, {
      time: '10:00',
      courtId: 'seed:ihc',
      bench: 'کمرہ عدالت نمبر ۲',
    });
    const { events } = parse((await exportRange('2026-12-05', '2026-12-05')).content);
    expect(events.get(`${h.id}@muhafiz`)).toMatchObject({
      summary: `Crl. Misc. No. 1412-B of 2026: ${purpose}`,
      location: 'Islamabad High Court, کمرہ عدالت نمبر ۲',
      start: '2026-12-05T05:00:00.000Z',
    });
  });

  test('a range with no hearings is NOT_FOUND', async () => {
    await week();
    const r = await app.call('diary:export-ics', { from: '2027-01-01', to: '2027-01-31' });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.code).toBe('NOT_FOUND');
    expect(!r.ok && r.error.message).toMatch(/no hearings/i);
  });

  test('the filename names the range and no client', async () => {
    await week();
    expect((await exportRange('2026-11-30', '2026-12-06')).filename).toBe(
      'muhafiz-hearings-2026-11-30-to-2026-12-06.ics',
    );
  });
});

describe('diary:export-ics for one case', () => {
  test("holds every hearing of that case, past and future, and no other case's", async () => {
    const h = await week();
    const r = await app.must('diary:export-ics', { caseId: w.pecaCase.id });
    const { events } = parse(r.content);
    expect([...events.keys()].sort()).toEqual([`${h.lastDate.id}@muhafiz`, `${h.ihc.id}@muhafiz`].sort());
    expect(events.get(`${h.lastDate.id}@muhafiz`)).toMatchObject({
      start: '2026-11-23T04:30:00.000Z',
      summary: 'Crl. Misc. No. 1412-B of 2026: Arguments on bail',
    });
    expect(r.filename).toBe('muhafiz-hearings-Crl-Misc-No-1412-B-of-2026.ics');
  });

  test("of a sensitive client: codename only, and the filename is the FIR's number", async () => {
    const h = await week();
    const r = await app.must('diary:export-ics', { caseId: w.ahmadiCase.id });
    const { events } = parse(r.content);
    expect([...events.keys()]).toEqual([`${h.chiniot.id}@muhafiz`]);
    expect(r.filename).toBe('muhafiz-hearings-45-2026.ics');
    for (const secret of ['Naseer', 'Ahmad', 'نصیر', '33201-7654321-9']) {
      expect(unfolded(r.content), secret).not.toContain(secret);
      expect(r.filename, secret).not.toContain(secret);
    }
  });

  test('a case with no hearings is NOT_FOUND; an unknown case is NOT_FOUND', async () => {
    await week();
    const none = await app.call('diary:export-ics', { caseId: w.writCase.id });
    expect(!none.ok && none.error.code).toBe('NOT_FOUND');
    const unknown = await app.call('diary:export-ics', { caseId: '6f1c2a4e-0000-4000-8000-00000000dead' });
    expect(!unknown.ok && unknown.error.code).toBe('NOT_FOUND');
  });
});

describe('the file itself', () => {
  test("DTSTAMP is the app's clock (the export time), not the machine's", async () => {
    await week();
    const { content } = await exportRange('2026-11-30', '2026-12-06');
    const stamps = [...content.matchAll(/^DTSTAMP:(\S+)/gm)].map((m) => m[1]);
    expect(stamps.length).toBeGreaterThan(0);
    expect(new Set(stamps)).toEqual(new Set(['20261130T040000Z']));
  });
});
