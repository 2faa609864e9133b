import { getTableConfig, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import { DEFAULT_PROFILE_NAME, PROFILE_SETTING_KEY } from '../../shared/audit-schemas';
import { AUDIT_HASH_FUNCTION, GENESIS_HASH } from './audit-hash';
import * as schema from './schema';

/*
 * Writes the SQL of the audit triggers (issue 7). Not used at run time: its output is pasted into
 * a migration, and tests/core/audit-log.test.ts checks the live database against the schema.
 *
 * Why triggers rather than code in the repos: a trigger sees every write, whichever repo, service
 * or future code path makes it, inside the same transaction, including rows removed by ON DELETE
 * CASCADE, so the log cannot be forgotten and a rolled-back change leaves no entry. The hash
 * needs SHA-256, which SQLite lacks: the triggers call muhafiz_sha256, a function openEncrypted
 * registers on every connection (audit-hash.ts), so trigger and verifier share one definition.
 *
 * For a new table or column: `npx tsx electron/core/db/audit-triggers.ts <table>…` prints the
 * DROP and CREATE statements; put them in a `drizzle-kit generate --custom` migration.
 */

type Row = 'NEW' | 'OLD';

type Spec = {
  table: SQLiteTable;
  /** How the record is named in the log (its primary key). */
  record?: (r: Row) => string;
  /** The case the record belongs to, when there is one. */
  caseOf?: (r: Row) => string;
  /** Rows that are not changes by the lawyer and are left out. */
  skip?: (r: Row) => string;
};

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;
const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** Every data table. A new one must be added here (the audit tests fail until it is). */
export const AUDIT_SPECS: Spec[] = [
  { table: schema.clients },
  { table: schema.cases, caseOf: (r) => `${r}.id` },
  { table: schema.caseParties, record: (r) => `${r}.case_id || '/' || ${r}.client_id` },
  { table: schema.offences },
  { table: schema.caseLawyers, record: (r) => `${r}.case_id || '/' || ${r}.lawyer_id` },
  { table: schema.lawyers },
  { table: schema.hearings },
  { table: schema.notes },
  { table: schema.courts },
  { table: schema.policeStations },
  { table: schema.caseEvents },
  { table: schema.deadlines },
  { table: schema.legalRules },
  { table: schema.holidays },
  { table: schema.courtClosures },
  { table: schema.bailPetitions },
  { table: schema.petitionDrafts },
  {
    table: schema.petitionVersions,
    caseOf: (r) => `(SELECT case_id FROM petition_drafts WHERE id = ${r}.draft_id)`,
  },
  { table: schema.userTemplates },
  { table: schema.incidents },
  {
    table: schema.incidentReports,
    caseOf: (r) => `(SELECT case_id FROM incidents WHERE id = ${r}.incident_id)`,
  },
  {
    table: schema.incidentEvidence,
    caseOf: (r) => `(SELECT case_id FROM incidents WHERE id = ${r}.incident_id)`,
  },
  { table: schema.evidenceFiles, record: (r) => `${r}.evidence_id` },
  { table: schema.evidenceCustodyEvents },
  { table: schema.disappearances },
  { table: schema.disappearanceCases, record: (r) => `${r}.record_id || '/' || ${r}.case_id` },
  { table: schema.disappearanceEntries },
  { table: schema.productionOrders },
  { table: schema.productionDeadlines },
  { table: schema.identityConsents },
  {
    table: schema.appealDrafts,
    record: (r) => `${r}.draft_id`,
    caseOf: (r) => `(SELECT case_id FROM petition_drafts WHERE id = ${r}.draft_id)`,
  },
  // Who imported a spreadsheet, and when it was undone (the records it made are audited as themselves).
  { table: schema.importBatches },
  {
    table: schema.settings,
    record: (r) => `${r}.key`,
    // The reminder runner's "last ran at" is the app's own clock, written every minute, not a change.
    skip: (r) => `${r}.key GLOB '*.lastRunAt'`,
  },
];

/** Not audited, with the reason. */
export const NOT_AUDITED: Record<string, string> = {
  audit_log: 'the log itself',
  __drizzle_migrations: 'migration bookkeeping',
  search_keys: 'derived: rowids of the search index, rebuilt from the data tables by their own triggers',
  import_batch_records:
    "an import's list of the records it created, for undo: each of those records is audited itself, and the import in import_batches",
};

/** Columns whose change alone is not worth an entry (every real change also moves them). */
const IGNORED_ON_UPDATE = new Set(['updated_at']);
const IGNORED_ON_INSERT = new Set(['id', 'created_at', 'updated_at']);

export const columnsOf = (table: SQLiteTable): string[] => getTableConfig(table).columns.map((c) => c.name);

const hasColumn = (table: SQLiteTable, name: string) => columnsOf(table).includes(name);

/** The lawyer profile's name (settings key "profile"), or the default. A bad value never blocks a write. */
const ACTOR = `coalesce((SELECT nullif(trim(CAST(json_extract(value, '$.name') AS TEXT)), '') FROM settings WHERE key = ${lit(PROFILE_SETTING_KEY)} AND json_valid(value)), ${lit(DEFAULT_PROFILE_NAME)})`;

const listOf = (parts: string[]) => (parts.length === 0 ? "''" : `rtrim(${parts.join(' || ')}, ',')`);

const fieldsOnInsert = (cols: string[]) =>
  listOf(
    cols
      .filter((c) => !IGNORED_ON_INSERT.has(c))
      .map((c) => `CASE WHEN NEW.${q(c)} IS NOT NULL THEN ${lit(`${c},`)} ELSE '' END`),
  );

const changed = (cols: string[]) => cols.filter((c) => !IGNORED_ON_UPDATE.has(c));

const fieldsOnUpdate = (cols: string[]) =>
  listOf(changed(cols).map((c) => `CASE WHEN OLD.${q(c)} IS NOT NEW.${q(c)} THEN ${lit(`${c},`)} ELSE '' END`));

const appendEntry = (name: string, op: string, row: Row, spec: Spec, fields: string) => {
  const record = spec.record?.(row) ?? `${row}.id`;
  const caseId = spec.caseOf?.(row) ?? (hasColumn(spec.table, 'case_id') ? `${row}.case_id` : 'NULL');
  const t = lit(name);
  const o = lit(op);
  return `INSERT INTO audit_log (seq, at, actor, table_name, record_id, case_id, op, fields, prev_hash, hash)
  SELECT s, a, w, ${t}, r, c, ${o}, f, p, ${AUDIT_HASH_FUNCTION}(p, s, a, w, ${t}, r, c, ${o}, f)
  FROM (SELECT
    (SELECT coalesce(max(seq), 0) + 1 FROM audit_log) AS s,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS a,
    ${ACTOR} AS w,
    CAST(${record} AS TEXT) AS r,
    ${caseId} AS c,
    ${fields} AS f,
    coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), ${lit(GENESIS_HASH)}) AS p);`;
};

const when = (conditions: string[]) => (conditions.length ? ` WHEN ${conditions.join(' AND ')}` : '');

/** The three triggers of one table, each preceded by a DROP so the output can replace older ones. */
export const triggersFor = (spec: Spec): string[] => {
  const name = getTableConfig(spec.table).name;
  const cols = columnsOf(spec.table);
  const skipNew = spec.skip ? [`NOT (${spec.skip('NEW')})`] : [];
  const skipOld = spec.skip ? [`NOT (${spec.skip('OLD')})`] : [];
  const anyChange = `(${changed(cols)
    .map((c) => `OLD.${q(c)} IS NOT NEW.${q(c)}`)
    .join(' OR ')})`;
  const trigger = (op: string, event: string, cond: string, body: string) => [
    `DROP TRIGGER IF EXISTS ${q(`audit_${name}_${op}`)};`,
    `CREATE TRIGGER ${q(`audit_${name}_${op}`)} AFTER ${event} ON ${q(name)}${cond}\nBEGIN\n  ${body}\nEND;`,
  ];
  return [
    ...trigger('insert', 'INSERT', when(skipNew), appendEntry(name, 'insert', 'NEW', spec, fieldsOnInsert(cols))),
    ...trigger(
      'update',
      'UPDATE',
      when([...skipNew, anyChange]),
      appendEntry(name, 'update', 'NEW', spec, fieldsOnUpdate(cols)),
    ),
    ...trigger('delete', 'DELETE', when(skipOld), appendEntry(name, 'delete', 'OLD', spec, "''")),
  ];
};

/** The log refuses UPDATE and DELETE, and any INSERT that does not continue the chain. */
export const guardTriggers = (): string[] => [
  `CREATE TRIGGER "audit_log_no_update" BEFORE UPDATE ON "audit_log"
BEGIN
  SELECT RAISE(ABORT, 'The audit log is append-only');
END;`,
  `CREATE TRIGGER "audit_log_no_delete" BEFORE DELETE ON "audit_log"
BEGIN
  SELECT RAISE(ABORT, 'The audit log is append-only');
END;`,
  `CREATE TRIGGER "audit_log_chain" BEFORE INSERT ON "audit_log"
  WHEN NEW.seq IS NOT (SELECT coalesce(max(seq), 0) + 1 FROM audit_log)
    OR NEW.prev_hash IS NOT coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), ${lit(GENESIS_HASH)})
    OR NEW.hash IS NOT ${AUDIT_HASH_FUNCTION}(NEW.prev_hash, NEW.seq, NEW.at, NEW.actor, NEW.table_name, NEW.record_id, NEW.case_id, NEW.op, NEW.fields)
BEGIN
  SELECT RAISE(ABORT, 'An audit entry must continue the chain');
END;`,
];

/** Statements for a drizzle migration, separated as drizzle-kit separates them. */
export const migrationSql = (statements: string[]): string => statements.join('\n--> statement-breakpoint\n') + '\n';

const cli = (tables: string[]) => {
  const specs = tables.length
    ? tables.map((t) => {
        const spec = AUDIT_SPECS.find((s) => getTableConfig(s.table).name === t);
        if (!spec) throw new Error(`${t} is not in AUDIT_SPECS`);
        return spec;
      })
    : AUDIT_SPECS;
  process.stdout.write(migrationSql(specs.flatMap(triggersFor)));
};

if (process.argv[1]?.endsWith('audit-triggers.ts')) cli(process.argv.slice(2));
