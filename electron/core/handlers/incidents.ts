import { pkDate } from '../lib/time';
import {
  addEvidence,
  deleteEvidence,
  logCustody,
  readEvidenceFile,
  updateEvidence,
  verifyEvidence,
} from '../repos/evidence';
import {
  createIncident,
  deleteIncident,
  getIncident,
  listIncidentsForCase,
  listIncidentsForClient,
  updateIncident,
} from '../repos/incidents';
import { buildCustodySheet } from '../services/custody-sheet';
import { custodySheetDocx } from '../services/custody-sheet-docx';
import { buildIncidentLog } from '../services/incident-log';
import type { HandlerGroup } from './context';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const incidentHandlers = {
  'incidents:list': (ctx, { clientId }) => listIncidentsForClient(ctx.vault.db, clientId),
  'incidents:get': (ctx, { id }) => getIncident(ctx.vault.db, id),
  'incidents:for-case': (ctx, { caseId }) => listIncidentsForCase(ctx.vault.db, caseId),
  'incidents:create': (ctx, data) => {
    const now = ctx.now();
    return createIncident(ctx.vault.db, data, now.toISOString(), pkDate(now));
  },
  'incidents:update': (ctx, { id, data }) => {
    const now = ctx.now();
    return updateIncident(ctx.vault.db, id, data, now.toISOString(), pkDate(now));
  },
  'incidents:delete': (ctx, { id }) => deleteIncident(ctx.vault.db, id),
  'incidents:log-report': (ctx, { clientId, redacted }) =>
    buildIncidentLog(ctx.vault.db, clientId, redacted, ctx.now()),
  'evidence:add': (ctx, data) => addEvidence(ctx.vault.db, data, ctx.now().toISOString()),
  'evidence:update': (ctx, data) => updateEvidence(ctx.vault.db, data, ctx.now().toISOString()),
  'evidence:file': (ctx, { id, purpose }) => readEvidenceFile(ctx.vault.db, id, purpose, ctx.now().toISOString()),
  'evidence:verify': (ctx, { id }) => verifyEvidence(ctx.vault.db, id, ctx.now().toISOString()),
  'evidence:custody-sheet': (ctx, { id, redacted }) =>
    buildCustodySheet(ctx.vault.db, id, redacted, ctx.now().toISOString()),
  'evidence:record-print': (ctx, { id, redacted }) => {
    const db = ctx.vault.db;
    const now = ctx.now().toISOString();
    return db.transaction(() => {
      buildCustodySheet(db, id, redacted, now);
      logCustody(db, id, 'sheet_printed', redacted ? 'redacted' : 'client named', now);
      return buildCustodySheet(db, id, redacted, now);
    });
  },
  'evidence:export-sheet-docx': async (ctx, { id, redacted }) => {
    const db = ctx.vault.db;
    const now = ctx.now().toISOString();
    const sheet = db.transaction(() => {
      const before = buildCustodySheet(db, id, redacted, now);
      logCustody(db, id, 'sheet_exported', before.redacted ? 'Word, redacted' : 'Word, client named', now);
      return buildCustodySheet(db, id, redacted, now);
    });
    const buffer = await custodySheetDocx(sheet);
    return {
      filename: `chain-of-custody-${sheet.item.sha256.slice(0, 12)}.docx`,
      mime: DOCX,
      base64: buffer.toString('base64'),
    };
  },
  'evidence:delete': (ctx, { id }) => deleteEvidence(ctx.vault.db, id),
} satisfies HandlerGroup<
  | 'incidents:list'
  | 'incidents:get'
  | 'incidents:for-case'
  | 'incidents:create'
  | 'incidents:update'
  | 'incidents:delete'
  | 'incidents:log-report'
  | 'evidence:add'
  | 'evidence:update'
  | 'evidence:file'
  | 'evidence:verify'
  | 'evidence:custody-sheet'
  | 'evidence:record-print'
  | 'evidence:export-sheet-docx'
  | 'evidence:delete'
>;
