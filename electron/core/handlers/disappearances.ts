import { pkDate } from '../lib/time';
import { appealInfo, createAppeal } from '../repos/appeals';
import { getClientRow } from '../repos/clients';
import { listConsents, saveConsent } from '../repos/consents';
import {
  createLinkedCase,
  deleteDisappearance,
  deleteEntry,
  getDisappearance,
  linkCase,
  listDisappearances,
  saveDisappearance,
  saveEntry,
  saveOrder,
  unlinkCase,
} from '../repos/disappearances';
import type { HandlerContext, HandlerGroup } from './context';

const today = (ctx: HandlerContext) => pkDate(ctx.now());
const now = (ctx: HandlerContext) => ctx.now().toISOString();

/** The enforced-disappearance track, consent to share identity, and appeals drafted from the record. */
export const disappearanceHandlers = {
  'disappearances:list': (ctx, filter) => listDisappearances(ctx.vault.db, filter, today(ctx)),
  'disappearances:get': (ctx, { id }) => getDisappearance(ctx.vault.db, id, today(ctx)),
  'disappearances:save': (ctx, { id, data }) => saveDisappearance(ctx.vault.db, id ?? null, data, today(ctx), now(ctx)),
  'disappearances:link-case': (ctx, { recordId, caseId, role }) =>
    linkCase(ctx.vault.db, recordId, caseId, role, today(ctx), now(ctx)),
  'disappearances:create-case': (ctx, input) => createLinkedCase(ctx.vault.db, input, today(ctx), now(ctx)),
  'disappearances:unlink-case': (ctx, { recordId, caseId }) => unlinkCase(ctx.vault.db, recordId, caseId, today(ctx)),
  'disappearances:save-entry': (ctx, { id, data }) => saveEntry(ctx.vault.db, id ?? null, data, today(ctx), now(ctx)),
  'disappearances:delete-entry': (ctx, { id }) => deleteEntry(ctx.vault.db, id, today(ctx)),
  'disappearances:save-order': (ctx, { id, data }) => saveOrder(ctx.vault.db, id ?? null, data, today(ctx), now(ctx)),
  'disappearances:delete': (ctx, { id, deleteAppeals }) =>
    deleteDisappearance(ctx.vault.db, id, deleteAppeals ?? false),
  'consents:list': (ctx, { clientId }) => {
    getClientRow(ctx.vault.db, clientId);
    return listConsents(ctx.vault.db, clientId);
  },
  'consents:save': (ctx, { id, data }) => saveConsent(ctx.vault.db, id ?? null, data, today(ctx), now(ctx)),
  'appeals:create': (ctx, input) => createAppeal(ctx.vault.db, input, today(ctx), now(ctx)),
  'appeals:info': (ctx, { draftId }) => appealInfo(ctx.vault.db, draftId, today(ctx)),
} satisfies HandlerGroup<
  | 'disappearances:list'
  | 'disappearances:get'
  | 'disappearances:save'
  | 'disappearances:link-case'
  | 'disappearances:create-case'
  | 'disappearances:unlink-case'
  | 'disappearances:save-entry'
  | 'disappearances:delete-entry'
  | 'disappearances:save-order'
  | 'disappearances:delete'
  | 'consents:list'
  | 'consents:save'
  | 'appeals:create'
  | 'appeals:info'
>;
