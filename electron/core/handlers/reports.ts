import { pkDate } from '../lib/time';
import { getClient, loadCaseBundle, loadCaseload, loadClientCases } from '../repos/reports';
import { buildCaseSummary } from '../services/reports/case-summary';
import { buildCaseload } from '../services/reports/caseload';
import { buildDossier } from '../services/reports/dossier';
import type { HandlerGroup } from './context';

/* Printouts and reports: read-only, built in the backend so that redaction happens before anything reaches the page. */
export const reportHandlers = {
  'reports:case-summary': (ctx, { caseId, redacted }) =>
    buildCaseSummary(loadCaseBundle(ctx.vault.db, caseId), pkDate(ctx.now()), redacted),
  'reports:client-dossier': (ctx, { clientId, redacted }) => {
    const db = ctx.vault.db;
    return buildDossier(getClient(db, clientId), loadClientCases(db, clientId), pkDate(ctx.now()), redacted);
  },
  'reports:caseload': (ctx, input) =>
    buildCaseload(loadCaseload(ctx.vault.db, { from: input.from, to: input.to }), input, pkDate(ctx.now())),
} satisfies HandlerGroup<'reports:case-summary' | 'reports:client-dossier' | 'reports:caseload'>;
