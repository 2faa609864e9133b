import { caseInput } from '../../shared/contract';
import type { ImportField, IssueCode, RecordCounts, RowMatch } from '../../shared/import-schemas';
import { newId } from '../lib/ids';
import { caseNumberKey, firKey, type Existing } from './lookups';
import type { RowReader } from './row-values';
import { firNumberOf, parseSections, readCaseType, readCustody, readStatus } from './values';
import { FIELD_OF, type Planner } from './planner';

/* A row's case: matched by FIR number and police station, or by case number and forum, else new. */

/** "FIR 77/2025, PS Civil Lines · Special Case No. 342/2025, ATC-I": how the preview names a row's case. */
export const caseLabel = (r: RowReader): string | null => {
  const fir = firNumberOf(r.text('firNumber'), r.text('firYear'));
  const station = r.text('policeStation');
  const num = r.text('caseNumber');
  const forum = r.text('forum');
  const parts = [fir && `FIR ${fir}${station ? `, PS ${station}` : ''}`, num && `${num}${forum ? `, ${forum}` : ''}`];
  return parts.filter(Boolean).join(' · ') || null;
};

/** The case a row is about: matched by FIR number and police station, or case number and forum. */
export const caseOf = (
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
