import { listCaseSummaries } from '../repos/cases';
import { listClients } from '../repos/clients';
import type { HandlerGroup } from './context';

const LIMIT = 10;

export const searchHandlers = {
  'search:global': (ctx, { query }) => {
    const db = ctx.vault.db;
    const clients = listClients(db, { query, includeArchived: true })
      .slice(0, LIMIT)
      .map(({ id, fullName, nameUr, codename, cnic }) => ({ id, fullName, nameUr, codename, cnic }));
    const cases = listCaseSummaries(db, { query })
      .slice(0, LIMIT)
      .map(({ id, title, caseNumber, firNumber, status }) => ({ id, title, caseNumber, firNumber, status }));
    return { clients, cases };
  },
} satisfies HandlerGroup<'search:global'>;
