import { asc, desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Consent, consentInput } from '../../shared/disappearance-schemas';
import type { Recipient } from '../../shared/disappearance-enums';
import type { Db } from '../db/client';
import { clients } from '../db/schema';
import { identityConsents } from '../db/schema/disappearances';
import { AppFailure, must } from '../errors';
import { newId } from '../lib/ids';

const toConsent = ({ createdAt: _c, updatedAt: _u, ...r }: typeof identityConsents.$inferSelect): Consent => r;

export const listConsents = (db: Db, clientId: string): Consent[] =>
  db
    .select()
    .from(identityConsents)
    .where(eq(identityConsents.clientId, clientId))
    .orderBy(asc(identityConsents.recipient), desc(identityConsents.date))
    .all()
    .map(toConsent);

const same = (a: string | null, b: string | null) => (a ?? '').trim().toLowerCase() === (b ?? '').trim().toLowerCase();

/**
 * The consent in force for a recipient on a day: the latest given on or before it and not
 * withdrawn by then. For an organisation, only a consent naming that organisation counts.
 */
export const consentInForce = (
  db: Db,
  clientId: string,
  recipient: Recipient,
  organisation: string | null,
  today: string,
): Consent | null => {
  const [latest] = listConsents(db, clientId)
    .filter((c) => c.recipient === recipient && (recipient !== 'organisation' || same(c.organisation, organisation)))
    .filter((c) => c.date <= today)
    .sort((a, b) => b.date.localeCompare(a.date));
  if (!latest || (latest.withdrawnOn && latest.withdrawnOn <= today)) return null;
  return latest;
};

export const saveConsent = (
  db: Db,
  id: string | null,
  data: z.output<typeof consentInput>,
  today: string,
  now: string,
): Consent =>
  db.transaction((t) => {
    const tx = t as unknown as Db;
    must(tx.select({ id: clients.id }).from(clients).where(eq(clients.id, data.clientId)).get(), 'The client');
    for (const [field, value] of [
      ['date', data.date],
      ['withdrawnOn', data.withdrawnOn],
    ] as const) {
      if (value && value > today)
        throw new AppFailure('VALIDATION', `${field}: cannot be after today (${today})`, {
          [field]: `Cannot be after today (${today})`,
        });
    }
    const consentId = id ?? newId();
    if (id) {
      const c = must(tx.select().from(identityConsents).where(eq(identityConsents.id, id)).get(), 'The consent');
      if (c.clientId !== data.clientId)
        throw new AppFailure('NOT_FOUND', 'The consent was not found', { id: 'Not here' });
      tx.update(identityConsents)
        .set({ ...data, updatedAt: now })
        .where(eq(identityConsents.id, id))
        .run();
    } else {
      tx.insert(identityConsents)
        .values({ ...data, id: consentId, createdAt: now, updatedAt: now })
        .run();
    }
    return toConsent(
      must(tx.select().from(identityConsents).where(eq(identityConsents.id, consentId)).get(), 'The consent'),
    );
  });
