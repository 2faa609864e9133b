import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { Vault } from '../../electron/core/db/vault';
import { DEFAULT_KDF, type KdfParams } from '../../electron/core/db/envelope';
import type { Sqlite } from '../../electron/core/db/open-database';
import { pkDate, shiftDate } from '../../electron/core/lib/time';
import { recomputeCase } from '../../electron/core/repos/deadlines';
import { markDeadlinesFresh } from '../../electron/core/repos/deadline-refresh';
import { args, freshDir, MIGRATIONS, progress, ROOT, rng } from './common';
import { ADJOURNED_ORDERS, CODENAMES, FIRST, LAST, OFFENCES, OTHER_ORDERS, PLACES, PURPOSES } from './data';

/*
 * npm run seed:large [-- --scale 0.1 --dir .tmp/bench-large]
 * 50,000 clients, 100,000 cases and about 1,000,000 hearings (times --scale) into a new encrypted
 * database. Bulk inserts, 5,000 rows a transaction, with the schema's own triggers (search index,
 * audit log) running as they do in the app. Not written through dispatch: at this size that would
 * take hours; the demo seed (seed:demo) is the one that goes through every rule.
 */

const BATCH = 5000;
const today = pkDate(new Date());
const now = new Date().toISOString();
const r = rng(8);

type Plan = { clients: number; cases: number; hearings: number };

const batched = (db: Sqlite, label: string, total: number, write: (i: number) => void) => {
  const started = Date.now();
  for (let from = 0; from < total; from += BATCH) {
    db.transaction(() => {
      for (let i = from; i < Math.min(total, from + BATCH); i++) write(i);
    })();
    progress(label, Math.min(total, from + BATCH), total, started);
  }
};

const cnicOf = (i: number) => {
  const d = String(1000000000000 + ((i * 7919) % 9000000000000)).slice(-13);
  return `${d.slice(0, 5)}-${d.slice(5, 12)}-${d.slice(12)}`;
};

const seedReference = (db: Sqlite) => {
  const lawyers = Array.from({ length: 60 }, (_, i) => `Advocate ${r.pick(FIRST)[0]} ${r.pick(LAST)[0]} ${i + 1}`);
  const insLawyer = db.prepare('INSERT INTO lawyers (id, name, created_at) VALUES (?, ?, ?)');
  const lawyerIds = lawyers.map((name) => {
    const id = randomUUID();
    insLawyer.run(id, name, now);
    return id;
  });
  const insCourt = db.prepare(
    'INSERT INTO courts (id, name, forum_type, city, province, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const courtIds = (db.prepare("SELECT id FROM courts WHERE forum_type = 'high_court'").all() as { id: string }[]).map(
    (c) => c.id,
  );
  const insPs = db.prepare(
    'INSERT INTO police_stations (id, name, district, province, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  const stations: { id: string; district: string }[] = [];
  for (const [district, province, pss] of PLACES) {
    for (const kind of ['sessions', 'magistrate', 'atc', 'peca_court'] as const) {
      for (let n = 1; n <= (kind === 'sessions' || kind === 'magistrate' ? 4 : 1); n++) {
        const id = randomUUID();
        const name = {
          sessions: 'Sessions Court',
          magistrate: 'Judicial Magistrate',
          atc: 'ATC',
          peca_court: 'PECA Court',
        }[kind];
        insCourt.run(id, `${name}-${n} ${district}`, kind, district, province, now);
        courtIds.push(id);
      }
    }
    for (const ps of pss) {
      const id = randomUUID();
      insPs.run(id, `PS ${ps}`, district, province, now);
      stations.push({ id, district });
    }
  }
  return { lawyerIds, courtIds, stations };
};

const seedClients = (db: Sqlite, n: number): string[] => {
  const ins = db.prepare(`INSERT INTO clients (id, full_name, name_ur, codename, cnic, phone, category, district,
    province, risk_level, sensitive, gender, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const ids: string[] = [];
  const cats = ['journalist', 'activist', 'whrd', 'religious_minority', 'lawyer', 'student', 'labour'];
  batched(db, 'clients', n, (i) => {
    const [fe, fu] = r.pick(FIRST);
    const [le, lu] = r.pick(LAST);
    const [district, province] = r.pick(PLACES);
    const sensitive = r.next() < 0.15;
    const id = randomUUID();
    ids.push(id);
    const codename = sensitive ? `${r.pick(CODENAMES)}-${i}` : null;
    ins.run(
      id,
      `${fe} ${le}`,
      r.next() < 0.8 ? `${fu} ${lu}` : null,
      codename,
      r.next() < 0.7 ? cnicOf(i) : null,
      `03${String(r.int(1e9)).padStart(9, '0')}`,
      r.pick(cats),
      district,
      province,
      r.pick(['low', 'medium', 'high', 'critical']),
      sensitive ? 1 : 0,
      r.next() < 0.3 ? 'female' : 'male',
      now,
      now,
    );
  });
  return ids;
};

type CaseRow = { id: string; forum: string; active: boolean; dates: string[] };

/**
 * Ten years of the organisation's work: cases open on any day of the last ten years and are heard about
 * every three weeks until their hearings run out. A case whose hearings reach today is active, with its
 * next date within the coming four weeks; the others are decided. So a day has about hearings / 3,650
 * hearings (about 270 at full size) and a month about 8,000, past or coming, as in a real diary.
 */
const HISTORY_DAYS = 3650;
const MIDWAY = Object.keys(OTHER_ORDERS).filter((o) => o !== 'disposed');

const caseDates = (n: number, recent: boolean) => {
  const dates: string[] = [];
  // A few cases opened lately, so even a tiny database has dates awaiting their outcome.
  let d = shiftDate(today, -r.int(recent ? 60 : HISTORY_DAYS));
  for (let k = 0; k < n; k++) {
    dates.push(d);
    if (d >= today) break;
    // Now and then the lawyer has not yet recorded the last date: it stays awaiting its outcome.
    if (d >= shiftDate(today, -30) && r.next() < 0.03) return { dates, active: true };
    d = shiftDate(d, 14 + r.int(15));
  }
  const last = dates[dates.length - 1] as string;
  return { dates, active: last >= today };
};

const seedCases = (db: Sqlite, plan: Plan, clientIds: string[], ref: ReturnType<typeof seedReference>): CaseRow[] => {
  const ins =
    db.prepare(`INSERT INTO cases (id, title, case_type, stage, status, fir_number, fir_date, police_station_id,
    fir_district, investigating_agency, forum_id, case_number, custody_status, arrest_date, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const party = db.prepare('INSERT INTO case_parties (case_id, client_id, role, position) VALUES (?, ?, ?, ?)');
  const off = db.prepare('INSERT INTO offences (id, case_id, statute, section, position) VALUES (?, ?, ?, ?, ?)');
  const team = db.prepare('INSERT INTO case_lawyers (case_id, lawyer_id, position) VALUES (?, ?, ?)');
  const names = db.prepare('SELECT full_name, codename FROM clients WHERE id = ?');
  const cases: CaseRow[] = [];
  const meanHearings = plan.hearings / plan.cases;
  const types = ['bail', 'pre_arrest_bail', 'trial', 'trial', 'quashment', 'habeas_corpus', 'appeal'];
  batched(db, 'cases', plan.cases, (i) => {
    const id = randomUUID();
    const { dates, active } = caseDates(Math.max(1, Math.round(-Math.log(1 - r.next()) * meanHearings)), i < 5);
    const start = dates[0] as string;
    const forum = ref.courtIds[r.skewed(ref.courtIds.length)] as string;
    const station = r.pick(ref.stations);
    const year = start.slice(0, 4);
    // Most clients have one or two cases; a few hundred prominent defenders face many (up to ~30).
    const client = clientIds[
      r.next() < 0.1 ? r.int(Math.min(500, clientIds.length)) : r.int(clientIds.length)
    ] as string;
    const c = names.get(client) as { full_name: string; codename: string | null };
    const fir = `${1 + r.int(2000)}/${year}`;
    const inCustody = active && r.next() < 0.3;
    ins.run(
      id,
      `${c.codename ?? c.full_name} — FIR ${fir}`,
      r.pick(types),
      null,
      active ? 'active' : r.next() < 0.9 ? 'disposed' : 'archived',
      fir,
      start,
      station.id,
      station.district,
      r.next() < 0.2 ? 'fia_nccia' : 'police',
      forum,
      r.next() < 0.7 ? `Crl. Misc. No. ${1 + r.int(9999)}-${r.pick(['B', 'BC', 'H', 'Q'])} of ${year}` : null,
      inCustody ? 'in_custody' : r.pick(['not_arrested', 'on_bail', 'released']),
      inCustody ? start : null,
      now,
      now,
    );
    party.run(id, client, 'accused', 0);
    const second = r.next() < 0.25 ? clientIds[r.int(clientIds.length)] : undefined;
    if (second && second !== client) party.run(id, second, 'accused', 1);
    const nOff = 1 + r.int(3);
    for (let k = 0; k < nOff; k++) {
      const [statute, section] = r.pick(OFFENCES);
      off.run(randomUUID(), id, statute, section, k);
    }
    team.run(id, r.pick(ref.lawyerIds), 0);
    cases.push({ id, forum, active, dates });
  });
  return cases;
};

const seedHearings = (db: Sqlite, cases: CaseRow[], total: number) => {
  const ins = db.prepare(`INSERT INTO hearings (id, case_id, date, time, court_id, purpose, outcome, short_order,
    next_date, next_hearing_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const started = Date.now();
  let written = 0;
  for (let from = 0; from < cases.length; from += 500) {
    db.transaction(() => {
      for (const c of cases.slice(from, from + 500)) written += writeCaseHearings(ins, c);
    })();
    progress('hearings', Math.min(written, total), total, started);
  }
  progress('hearings', total, total, started);
  return written;
};

const writeCaseHearings = (ins: { run: (...params: unknown[]) => unknown }, c: CaseRow): number => {
  const { dates } = c;
  const ids = dates.map(() => randomUUID());
  // Last first: each hearing points at the next one (next_hearing_id), which must exist already.
  [...dates.entries()].reverse().forEach(([k, date]) => {
    const last = k === dates.length - 1;
    let outcome: string | null = null;
    if (!last) outcome = r.next() < 0.8 ? 'adjourned' : r.pick(MIDWAY);
    else if (!c.active) outcome = 'disposed';
    // An active case's last hearing is its next date (or a past one awaiting its outcome): no outcome yet.
    const order =
      outcome === null
        ? null
        : outcome === 'adjourned'
          ? r.pick(ADJOURNED_ORDERS)
          : r.pick(OTHER_ORDERS[outcome] ?? ['']);
    const hasNext = !last;
    ins.run(
      ids[k],
      c.id,
      date,
      r.next() < 0.2 ? '09:00' : null,
      c.forum,
      r.pick(PURPOSES),
      outcome,
      order,
      hasNext ? dates[k + 1] : null,
      hasNext ? ids[k + 1] : null,
      now,
      now,
    );
  });
  return dates.length;
};

/** Deadlines as the app computes them, for the active cases in custody (the others have none running). */
export const finishDeadlines = (vault: Vault) => {
  const db = vault.db;
  const ids = db.$client
    .prepare("SELECT id FROM cases WHERE status = 'active' AND custody_status = 'in_custody'")
    .all() as { id: string }[];
  const started = Date.now();
  for (let from = 0; from < ids.length; from += 500) {
    db.transaction(() => {
      for (const { id } of ids.slice(from, from + 500)) recomputeCase(db, id, today, now);
    });
    progress('deadlines', Math.min(ids.length, from + 500), ids.length, started);
  }
  db.transaction(() => markDeadlinesFresh(db, today, now));
  // A working office has dealt with what fell due more than a month ago (the arrest of a case heard for
  // years is long past its 24-hour production): those are marked done, as the lawyer would have.
  db.$client
    .prepare(
      `UPDATE deadlines SET status = 'completed', status_note = 'Done (seeded)', updated_at = ?
       WHERE status = 'open' AND due_date < ?`,
    )
    .run(now, shiftDate(today, -30));
};

export const seedLarge = (opts: { dir: string; scale: number; passphrase: string; kdf?: KdfParams }) => {
  const plan: Plan = {
    clients: Math.max(5, Math.round(50_000 * opts.scale)),
    cases: Math.max(10, Math.round(100_000 * opts.scale)),
    hearings: Math.max(50, Math.round(1_000_000 * opts.scale)),
  };
  console.log(`seed:large into ${opts.dir}: ${JSON.stringify(plan)}, today ${today}`);
  freshDir(opts.dir);
  const t0 = Date.now();
  const vault = new Vault({ dir: opts.dir, migrationsFolder: MIGRATIONS, kdf: opts.kdf ?? DEFAULT_KDF });
  vault.create(opts.passphrase);
  const db = vault.db.$client;
  db.pragma('cache_size = -65536');
  const ref = db.transaction(() => seedReference(db))();
  const clientIds = seedClients(db, plan.clients);
  const cases = seedCases(db, plan, clientIds, ref);
  const hearings = seedHearings(db, cases, plan.hearings);
  console.log(`${hearings.toLocaleString('en')} hearings written; deadlines of the cases in custody…`);
  finishDeadlines(vault);
  console.log('ANALYZE and checkpoint…');
  db.exec('ANALYZE');
  db.pragma('wal_checkpoint(TRUNCATE)');
  vault.lock();
  console.log(`done in ${((Date.now() - t0) / 1000).toFixed(0)} s. Passphrase: "${opts.passphrase}".`);
  return { ...plan, hearings };
};

if (process.argv[1]?.endsWith('seed-large.ts')) {
  const a = args();
  seedLarge({ dir: resolve(ROOT, a.dir ?? '.tmp/bench-large'), scale: Number(a.scale), passphrase: a.passphrase });
}
