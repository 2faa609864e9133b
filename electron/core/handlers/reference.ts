import { insertCourt, insertPoliceStation, listCourts, listPoliceStations } from '../repos/reference';
import type { HandlerGroup } from './context';

export const referenceHandlers = {
  'courts:list': (ctx) => listCourts(ctx.vault.db),
  'courts:create': (ctx, input) => insertCourt(ctx.vault.db, input, ctx.now().toISOString()),
  'police-stations:list': (ctx) => listPoliceStations(ctx.vault.db),
  'police-stations:create': (ctx, input) => insertPoliceStation(ctx.vault.db, input, ctx.now().toISOString()),
} satisfies HandlerGroup<'courts:list' | 'courts:create' | 'police-stations:list' | 'police-stations:create'>;
