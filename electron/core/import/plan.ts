import type { z } from 'zod';
import { caseInput, clientInput } from '../../shared/contract';
import type { HearingOutcome } from '../../shared/enums';
import type { ImportField, IssueCode, PreviewRow, RecordCounts, RowMatch } from '../../shared/import-schemas';
import { newId } from '../lib/ids';
import { caseNumberKey, firKey, type Existing } from './lookups';
import type { RowReader } from './row-values';
import {
  firNumberOf,
  matchKey,
  normalizeCnic,
  normalizePhone,
  parseSections,
  parseYesNo,
  readCaseType,
  readCategory,
  readCustody,
  readOutcome,
  readRisk,
  readStatus,
} from './values';

/*
 * Turning read rows into records: what each row matches (in the diary, or earlier in the file),
 * what it would create, and why a row cannot be imported. Ids are given here, so the preview and
 * the import plan the very same records.
 */

export type ClientData = z.output<typeof clientInput>;
export type CaseData = z.output<typeof caseInput>;

export type NewHearing = {
  kind: 'hearing';
  id: string;
  caseId: string;
  date: string;
  courtId: string | null;
  bench: string | null;
  purpose: string;
  outcome: HearingOutcome | null;
  shortOrder: string | null;
  nextDate: string | null;
  nextHearingId: string | null;
  /** The file row that planned it. */
  row: number;
};
export type Op =
  | { kind: 'client'; id: string; data: ClientData }
  | { kind: 'court'; id: string; name: string }
  | { kind: 'station'; id: string; name: string; district: string }
  | { kind: 'case'; id: string; data: CaseData }
  | NewHearing
  | { kind: 'note'; id: string; caseId: string | null; clientId: string | null; date: string; body: string };

type Ref = { id: string; label: string; row: number | null };

export type Planner = ReturnType<typeof makePlanner>;

const zero = (): RecordCounts => ({ clients: 0, cases: 0, hearings: 0, notes: 0, courts: 0, policeStations: 0 });

const FIELD_OF: Record<string, ImportField> = {
  fullName: 'clientName',
  nameUr: 'clientNameUr',
  codename: 'codename',
  cnic: 'cnic',
  phone: 'phone',
  address: 'address',
  district: 'district',
  notes: 'notes',
  firNumber: 'firNumber',
  firDate: 'firDate',
  caseNumber: 'caseNumber',
  stage: 'stage',
  arrestDate: 'arrestDate',
  firDistrict: 'district',
  custodyStatus: 'custody',
  guardianName: 'guardianName',
  contactPerson: 'contactPerson',
  team: 'lawyer',
};

export const makePlanner = (existing: Existing, today: string) => {
  const ops: Op[] = [];
  const clientsByKey = new Map<string, Ref>();
  const courtsByKey = new Map<string, string>();
  const stationsByKey = new Map<string, string>();
  const casesByKey = new Map<string, Ref>();
  const hearingsByKey = new Map<string, NewHearing>();
  const signatures = new Map<string, number>();
  /** Records of the diary the file's rows matched (a set each, so a client on many rows counts once). */
  const matched = { clients: new Set<string>(), cases: new Set<string>(), hearings: new Set<string>() };
  /** Inverses of every change made while planning a row, so a row that fails leaves no trace. */
  const journal: (() => void)[] = [];
  const remember = <V>(map: Map<string, V>, k: string, v: V) => {
    const had = map.has(k);
    const old = map.get(k);
    journal.push(() => (had ? map.set(k, old as V) : map.delete(k)));
    map.set(k, v);
  };

  const courtFor = (name: string | null, creates: RecordCounts): string | null => {
    if (!name) return null;
    const k = matchKey(name);
    const found = existing.courtByName.get(k) ?? courtsByKey.get(k);
    if (found) return found;
    const id = newId();
    remember(courtsByKey, k, id);
    ops.push({ kind: 'court', id, name: name.trim() });
    creates.courts++;
    return id;
  };

  const stationFor = (name: string | null, district: string | null, creates: RecordCounts): string | null => {
    if (!name) return null;
    const k = matchKey(name);
    const found = existing.stationByName.get(k) ?? stationsByKey.get(k);
    if (found) return found;
    const id = newId();
    remember(stationsByKey, k, id);
    ops.push({ kind: 'station', id, name: name.trim(), district: district ?? 'Not given' });
    creates.policeStations++;
    return id;
  };

  /** The row's clients: found by CNIC or name, in the diary or earlier in the file, else new. */
  const clientsOf = (r: RowReader, withCase: boolean, creates: RecordCounts, matches: RowMatch[]): Ref[] | null => {
    const names = (r.text('clientName') ?? '').split(/\s*[;\n]\s*/).filter(Boolean);
    const urdu = (r.text('clientNameUr') ?? '').split(/\s*[;\n]\s*/).filter(Boolean);
    const count = Math.max(names.length, urdu.length);
    if (count === 0) return [];
    const cnicText = count === 1 ? r.text('cnic') : null;
    const cnic = cnicText ? normalizeCnic(cnicText) : null;
    if (cnicText && !cnic)
      r.issue('cnic', `"${cnicText}" is not a CNIC (13 digits, as 12345-1234567-1)`, 'cnic', cnicText);
    const refs: Ref[] = [];
    for (let i = 0; i < count; i++) {
      const name = names[i] ?? urdu[i] ?? '';
      const nameUr = urdu[i] ?? null;
      const keys = [cnic && `cnic|${cnic}`, `name|${matchKey(name)}`, nameUr && `name|${matchKey(nameUr)}`].filter(
        (k): k is string => !!k,
      );
      const inDiary =
        (cnic ? existing.clientByCnic.get(cnic) : undefined) ??
        existing.clientByName.get(matchKey(name)) ??
        (nameUr ? existing.clientByName.get(matchKey(nameUr)) : undefined);
      if (inDiary) {
        refs.push({ id: inDiary.id, label: inDiary.name, row: null });
        matched.clients.add(inDiary.id);
        matches.push({ kind: 'client', label: inDiary.name, row: null });
        continue;
      }
      const inFile = keys.map((k) => clientsByKey.get(k)).find(Boolean);
      if (inFile) {
        refs.push(inFile);
        matches.push({ kind: 'client', label: inFile.label, row: inFile.row });
        continue;
      }
      const data = newClient(r, name, nameUr, count === 1 ? cnic : null, withCase);
      if (!data) return null;
      const ref = { id: newId(), label: data.fullName, row: r.row };
      for (const k of keys) remember(clientsByKey, k, ref);
      ops.push({ kind: 'client', id: ref.id, data });
      creates.clients++;
      refs.push(ref);
    }
    return refs;
  };

  const newClient = (r: RowReader, name: string, nameUr: string | null, cnic: string | null, withCase: boolean) => {
    const phoneText = r.text('phone');
    const phone = phoneText ? normalizePhone(phoneText) : null;
    if (phoneText && !phone)
      r.issue('phone', `"${phoneText}" is not a phone number (digits, e.g. 0300-1234567)`, 'phone', phoneText);
    const category = r.has('category') ? readCategory(r.text('category') as string) : 'other';
    if (!category)
      r.issue('category', `"${r.text('category')}" is not a category Muhafiz knows`, 'category', r.text('category'));
    const risk = r.has('riskLevel') ? readRisk(r.text('riskLevel') as string) : 'medium';
    if (!risk)
      r.issue(
        'riskLevel',
        `"${r.text('riskLevel')}" is not a risk level (low, medium, high, critical)`,
        'risk',
        r.text('riskLevel'),
      );
    const sensitive = r.has('sensitive') ? parseYesNo(r.text('sensitive') as string) : !!r.text('codename');
    if (sensitive === null)
      r.issue('sensitive', `"${r.text('sensitive')}" should be yes or no`, 'sensitive', r.text('sensitive'));
    const parsed = clientInput.safeParse({
      fullName: name,
      nameUr,
      codename: r.text('codename'),
      cnic,
      phone,
      category: category ?? 'other',
      district: r.text('district'),
      riskLevel: risk ?? 'medium',
      sensitive: sensitive ?? false,
      address: r.text('address'),
      guardianName: r.text('guardianName'),
      contactPerson: r.text('contactPerson'),
      notes: withCase ? null : r.text('notes'),
    });
    if (!parsed.success) {
      for (const i of parsed.error.issues) {
        r.issue(FIELD_OF[String(i.path[0])] ?? 'clientName', i.message);
      }
      return null;
    }
    return r.issues.length ? null : parsed.data;
  };

  return {
    ops,
    matched,
    journal,
    remember,
    clientsOf,
    courtFor,
    stationFor,
    casesByKey,
    hearingsByKey,
    signatures,
    today,
    zero,
  };
};

export type RowPlan = PreviewRow;

/** "FIR 77/2025, PS Civil Lines · Special Case No. 342/2025, ATC-I": how the preview names a row's case. */
const caseLabel = (r: RowReader): string | null => {
  const fir = firNumberOf(r.text('firNumber'), r.text('firYear'));
  const station = r.text('policeStation');
  const num = r.text('caseNumber');
  const forum = r.text('forum');
  const parts = [fir && `FIR ${fir}${station ? `, PS ${station}` : ''}`, num && `${num}${forum ? `, ${forum}` : ''}`];
  return parts.filter(Boolean).join(' · ') || null;
};

/** The case a row is about: matched by FIR number and police station, or case number and forum. */
const caseOf = (
  p: Planner,
  existing: Existing,
  r: RowReader,
  creates: RecordCounts,
  matches: RowMatch[],
): { id: string; courtId: string | null; existing: boolean; label: string } | null | 'none' => {
  const caseFields: ImportField[] = [
    'firNumber',
    'caseNumber',
    'forum',
    'policeStation',
    'sections',
    'stage',
    'caseType',
    'status',
    'custody',
    'firDate',
    'arrestDate',
    'hearingDate',
    'nextDate',
    'judge',
    'outcome',
    'shortOrder',
    'purpose',
  ];
  if (!caseFields.some((f) => r.has(f))) return 'none';
  const fir = firNumberOf(r.text('firNumber'), r.text('firYear'));
  const num = r.text('caseNumber');
  if (!fir && !num) {
    r.issue(
      r.has('firNumber') ? 'firNumber' : 'caseNumber',
      'A case needs its FIR number or its case number',
      'case_ref',
    );
    return null;
  }
  const station = r.text('policeStation');
  const forum = r.text('forum');
  const keys = [fir && firKey(fir, station), num && caseNumberKey(num, forum)].filter((k): k is string => !!k);
  const label = caseLabel(r) as string;
  const inDiary = keys.map((k) => existing.caseByKey.get(k)).find(Boolean);
  const courtId = forum ? p.courtFor(forum, creates) : null;
  if (inDiary) {
    matches.push({ kind: 'case', label: inDiary.title, row: null });
    p.matched.cases.add(inDiary.id);
    return { id: inDiary.id, courtId, existing: true, label };
  }
  const inFile = keys.map((k) => p.casesByKey.get(k)).find(Boolean);
  if (inFile) {
    matches.push({ kind: 'case', label: inFile.label, row: inFile.row });
    return { id: inFile.id, courtId, existing: false, label };
  }
  return newCase(p, r, keys, { fir, num, station, courtId, label }, creates, matches);
};

const newCase = (
  p: Planner,
  r: RowReader,
  keys: string[],
  c: { fir: string | null; num: string | null; station: string | null; courtId: string | null; label: string },
  creates: RecordCounts,
  matches: RowMatch[],
) => {
  const parties = p.clientsOf(r, true, creates, matches);
  if (parties === null) return null;
  if (parties.length === 0) {
    r.issue('clientName', 'A new case needs the client’s name', 'client_name');
    return null;
  }
  const enumOf = <T>(f: ImportField, read: (s: string) => T | null, fallback: T, what: string, code: IssueCode): T => {
    const t = r.text(f);
    if (!t) return fallback;
    const v = read(t);
    if (v === null) r.issue(f, `"${t}" is not ${what}`, code, t);
    return v ?? fallback;
  };
  const caseType = enumOf('caseType', readCaseType, 'trial' as const, 'a case type Muhafiz knows', 'case_type');
  const status = enumOf(
    'status',
    readStatus,
    'active' as const,
    'a case status (active, disposed, archived)',
    'status',
  );
  const custody = enumOf('custody', readCustody, 'unknown' as const, 'a custody status Muhafiz knows', 'custody');
  for (const f of ['firDate', 'arrestDate'] as const) {
    const d = r.date(f);
    if (d && d > p.today) r.issue(f, `Cannot be after today (${p.today})`, 'future', d);
  }
  const stationId = p.stationFor(c.station, r.text('district'), creates);
  const parsed = caseInput.safeParse({
    caseType,
    status,
    stage: r.text('stage'),
    parties: parties.map((x) => ({ clientId: x.id, role: 'accused' })),
    firNumber: c.fir,
    firDate: r.date('firDate'),
    policeStationId: stationId,
    firDistrict: r.text('district'),
    offences: r.has('sections') ? parseSections(r.text('sections') as string) : [],
    forumId: c.courtId,
    caseNumber: c.num,
    custodyStatus: custody,
    arrestDate: r.date('arrestDate'),
    team: (r.text('lawyer') ?? '').split(/\s*[;\n]\s*/).filter(Boolean),
  });
  if (!parsed.success) {
    for (const i of parsed.error.issues) r.issue(FIELD_OF[String(i.path[0])] ?? null, i.message);
    return null;
  }
  if (r.issues.length) return null;
  const id = newId();
  for (const k of keys) p.remember(p.casesByKey, k, { id, label: c.label, row: r.row });
  p.ops.push({ kind: 'case', id, data: parsed.data });
  creates.cases++;
  return { id, courtId: c.courtId, existing: false, label: c.label };
};

const outcomeOf = (r: RowReader): { outcome: HearingOutcome | null; shortOrder: string | null } => {
  const said = r.text('outcome');
  const order = r.text('shortOrder');
  if (said) {
    const o = readOutcome(said);
    if (o) return { outcome: o, shortOrder: order };
    return { outcome: 'other', shortOrder: order ? `${said}: ${order}` : said };
  }
  if (r.has('nextDate')) return { outcome: 'adjourned', shortOrder: order };
  return { outcome: order ? 'other' : null, shortOrder: order };
};

/** The row's hearing (and the next date it fixed), new or found, in the diary or the file. */
const hearingsOf = (
  p: Planner,
  existing: Existing,
  r: RowReader,
  kase: { id: string; courtId: string | null },
  creates: RecordCounts,
  matches: RowMatch[],
): string[] => {
  const date = r.date('hearingDate');
  const next = r.date('nextDate');
  const purpose = r.text('purpose') ?? r.text('stage') ?? 'Hearing';
  if (date && next && next <= date) {
    r.issue('nextDate', `The next date must be after the hearing on ${date}`, 'next_before', date);
    return [];
  }
  const { outcome, shortOrder } = outcomeOf(r);
  if (outcome === 'disposed' && next) {
    r.issue('nextDate', 'A disposed case has no next date', 'disposed_next');
    return [];
  }
  const ensure = (d: string, fields: Partial<NewHearing>): NewHearing | null => {
    const key = `${kase.id}|${d}`;
    if (existing.hasHearing(kase.id, d)) {
      matches.push({ kind: 'hearing', label: d, row: null });
      p.matched.hearings.add(key);
      return null;
    }
    const planned = p.hearingsByKey.get(key);
    if (planned) {
      // A diary lists the next date, then that date on its own row with what happened there.
      const fill = Object.entries(fields).filter(
        ([k, v]) => v !== null && v !== undefined && planned[k as keyof NewHearing] === null,
      );
      if (fill.length) {
        const before = { ...planned };
        p.journal.push(() => Object.assign(planned, before));
        Object.assign(planned, Object.fromEntries(fill));
      } else matches.push({ kind: 'hearing', label: d, row: planned.row });
      return planned;
    }
    const h: NewHearing = {
      kind: 'hearing',
      id: newId(),
      caseId: kase.id,
      date: d,
      courtId: kase.courtId,
      bench: r.text('judge'),
      purpose,
      outcome: null,
      shortOrder: null,
      nextDate: null,
      nextHearingId: null,
      row: r.row,
      ...fields,
    };
    p.remember(p.hearingsByKey, key, h);
    p.ops.push(h);
    creates.hearings++;
    return h;
  };
  const dates: string[] = [];
  const nextH = next ? ensure(next, {}) : null;
  if (next) dates.push(next);
  if (date) {
    dates.unshift(date);
    ensure(date, { outcome, shortOrder, nextDate: next, nextHearingId: nextH?.id ?? null });
  }
  return dates;
};

/** Plans one row: its status, what it matches and creates, and its problems. */
export const planRow = (p: Planner, existing: Existing, r: RowReader): PreviewRow => {
  const creates = zero();
  const matches: RowMatch[] = [];
  const base = { row: r.row, client: r.text('clientName') ?? r.text('clientNameUr'), creates, matches };
  const earlier = p.signatures.get(r.signature);
  if (earlier !== undefined && r.issues.length === 0) {
    return {
      ...base,
      status: 'match',
      caseRef: caseLabel(r),
      hearingDates: [],
      duplicateOf: earlier,
      matches: [{ kind: 'duplicate', label: '', row: earlier }],
      errors: [],
    };
  }
  const opsBefore = p.ops.length;
  const journalBefore = p.journal.length;
  const fail = (): PreviewRow => {
    // Nothing of a row with an error is written, and later rows cannot match what it would have made.
    p.ops.length = opsBefore;
    while (p.journal.length > journalBefore) p.journal.pop()?.();
    return {
      ...base,
      status: 'error',
      caseRef: caseLabel(r),
      hearingDates: [],
      duplicateOf: null,
      creates: zero(),
      errors: r.issues,
    };
  };
  // A date that could not be read still lets the rest of the row be checked, so every problem shows at once.
  const kase = caseOf(p, existing, r, creates, matches);
  if (kase === null || r.issues.length) return fail();
  let hearingDates: string[] = [];
  if (kase === 'none') {
    if (p.clientsOf(r, false, creates, matches) === null || r.issues.length) return fail();
  } else {
    hearingDates = hearingsOf(p, existing, r, kase, creates, matches);
    if (r.issues.length) return fail();
    const body = r.text('notes');
    const date = hearingDates[0] ?? p.today;
    if (body && existing.hasNote(kase.id, date, body)) matches.push({ kind: 'note', label: date, row: null });
    else if (body) {
      p.ops.push({ kind: 'note', id: newId(), caseId: kase.id, clientId: null, date, body });
      creates.notes++;
    }
  }
  p.signatures.set(r.signature, r.row);
  // Filling in a hearing an earlier row planned (what happened on that next date) adds to the import too.
  const created = Object.values(creates).some((n) => n > 0) || p.journal.length > journalBefore;
  return {
    ...base,
    status: created ? 'new' : 'match',
    caseRef: kase === 'none' ? null : kase.label,
    hearingDates,
    duplicateOf: null,
    errors: [],
  };
};
