import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { clients, disappearances } from '../db/schema';

type ClientRow = typeof clients.$inferSelect;

/**
 * The client as a redacted protection printout (incident log, custody sheet) must hide them: with
 * the family contacts named on the client's disappearance records added to the family names, so a
 * narrative such as "a raid on her mother Hameeda Bibi's house" loses the mother's name too.
 */
export const withFamilyNames = (db: Db, client: ClientRow): ClientRow => {
  const family = db
    .select({ name: disappearances.familyContactName })
    .from(disappearances)
    .where(eq(disappearances.clientId, client.id))
    .all()
    .map((r) => r.name)
    .filter((n): n is string => Boolean(n?.trim()));
  if (family.length === 0) return client;
  return { ...client, guardianName: [client.guardianName, ...family].filter(Boolean).join(', ') };
};
