import { rebuildSearchIndex } from '../repos/search';
import { globalSearch } from '../search/global-search';
import type { HandlerGroup } from './context';

export const searchHandlers = {
  'search:global': (ctx, { query }) => globalSearch(ctx.vault.db, query.trim()),
  'search:rebuild': (ctx) => rebuildSearchIndex(ctx.vault.db),
} satisfies HandlerGroup<'search:global' | 'search:rebuild'>;
