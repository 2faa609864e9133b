import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { disappearances } from '../db/schema';

/**
 * The family contacts named on a client's disappearance records: a redacted protection printout
 * (incident log, custody sheet) withholds them with the client's own family, so a narrative such
 * as "a raid on her mother Hameeda Bibi's house" loses the mother's name too.
 */
export const familyNamesOf = (db: Db, clientId: string): string[] =>
  db
    .select({ name: disappearances.familyContactName })
    .from(disappearances)
    .where(eq(disappearances.clientId, clientId))
    .all()
    .flatMap((r) => (r.name?.trim() ? [r.name.trim()] : []));
