import { caseSummariesOfClient } from '../repos/cases';
import {
  getClientRow,
  insertClient,
  listClients,
  pageClients,
  setClientArchived,
  toClientDto,
  updateClient,
} from '../repos/clients';
import { notesOfClient } from '../repos/notes';
import type { HandlerGroup } from './context';

export const clientHandlers = {
  'clients:list': (ctx, input) => listClients(ctx.vault.db, input),
  'clients:page': (ctx, input) => pageClients(ctx.vault.db, input),
  'clients:get': (ctx, { id }) => {
    const db = ctx.vault.db;
    const client = toClientDto(getClientRow(db, id));
    const cases = caseSummariesOfClient(db, id).map((c) => ({
      ...c,
      role: c.parties.find((p) => p.clientId === id)?.role ?? 'accused',
    }));
    return { ...client, cases, datedNotes: notesOfClient(db, id) };
  },
  'clients:create': (ctx, input) => insertClient(ctx.vault.db, input, ctx.now().toISOString()),
  'clients:update': (ctx, { id, data }) => updateClient(ctx.vault.db, id, data, ctx.now().toISOString()),
  'clients:set-archived': (ctx, { id, archived }) =>
    setClientArchived(ctx.vault.db, id, archived, ctx.now().toISOString()),
} satisfies HandlerGroup<
  'clients:list' | 'clients:page' | 'clients:get' | 'clients:create' | 'clients:update' | 'clients:set-archived'
>;
