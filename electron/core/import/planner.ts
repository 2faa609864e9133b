import type { z } from 'zod';
import { caseInput, clientInput } from '../../shared/contract';
import type { HearingOutcome } from '../../shared/enums';
import type { ImportField, RecordCounts, RowMatch } from '../../shared/import-schemas';
import { newId } from '../lib/ids';
import type { Existing } from './lookups';
import type { RowReader } from './row-values';
import { matchKey, normalizeCnic, normalizePhone, parseYesNo, readCategory, readRisk } from './values';

/*
 * Turning read rows into records: what each row matches (in the diary, or earlier in the file),
 * what it would create, and why a row cannot be imported. Ids are given here, so the preview and
 * the import plan the very same records. This part: the planner's state, and a row's clients.
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

export type Ref = { id: string; label: string; row: number | null };

export type Planner = ReturnType<typeof makePlanner>;

export const zero = (): RecordCounts => ({ clients: 0, cases: 0, hearings: 0, notes: 0, courts: 0, policeStations: 0 });

export const FIELD_OF: Record<string, ImportField> = {
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
