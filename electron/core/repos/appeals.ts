import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { appealInput } from '../../shared/disappearance-schemas';
import type { Recipient } from '../../shared/disappearance-enums';
import type { Draft } from '../../shared/petition-schemas';
import type { Db } from '../db/client';
import { petitionDrafts } from '../db/schema';
import { appealDrafts, disappearanceCases, disappearances } from '../db/schema/disappearances';
import { AppFailure, must } from '../errors';
import { newId } from '../lib/ids';
import { identifiersIn, identifyingValues } from '../services/appeals/identity';
import { buildAppealData, identityOfRecord } from '../services/appeals/merge-data';
import { APPEAL_TEMPLATES } from '../services/appeals/templates';
import { identityScrub } from '../services/appeals/identity';
import { renderPetition } from '../services/petitions/render';
import { decodeEntities } from '../services/reports/name-pattern';
import { keepLawyerText } from '../services/petitions/regenerate';
import { readProfile } from './audit';
import { addVersion, getDraft } from './petitions';

/*
 * Appeals and complaints drafted from a disappearance record go through the petition machinery:
 * a petition draft (editor, versions, DOCX and print) kept with a linked case, the habeas
 * petition first, and marked in appeal_drafts with its recipient and whether it is anonymised.
 * Without consent for the recipient the whole text is scrubbed of identifying values, the
 * lawyer's kept sections included, when drafted and whenever regenerated.
 */

const ROLE_ORDER = ['habeas', 'commission', 'petition_22a', 'other'] as const;

/** The linked case a draft is kept with: the habeas petition, else the Commission complaint, else any. */
const caseFor = (db: Db, recordId: string): string => {
  const links = db.select().from(disappearanceCases).where(eq(disappearanceCases.recordId, recordId)).all();
  const first = [...links].sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role))[0];
  if (!first)
    throw new AppFailure(
      'VALIDATION',
      'Link the habeas petition or the Commission complaint to this record first: the draft is kept with that case.',
      { recordId: 'No linked case' },
    );
  return first.caseId;
};

const render = (db: Db, recordId: string, recipient: Recipient, organisation: string | null, today: string) => {
  const { data, identity, consent } = buildAppealData(db, recordId, recipient, organisation, today);
  const { html } = renderPetition(APPEAL_TEMPLATES[recipient], data, {});
  return { html, consent, scrub: consent ? null : identityScrub(identity) };
};

export const createAppeal = (db: Db, input: z.output<typeof appealInput>, today: string, now: string): Draft =>
  db.transaction((tx) => {
    const t = tx as unknown as Db;
    const record = must(
      t.select().from(disappearances).where(eq(disappearances.id, input.recordId)).get(),
      'The disappearance record',
    );
    const caseId = caseFor(t, record.id);
    const organisation = input.recipient === 'organisation' ? input.organisation : null;
    const { html, scrub } = render(t, record.id, input.recipient, organisation, today);
    const template = APPEAL_TEMPLATES[input.recipient];
    const id = newId();
    t.insert(petitionDrafts)
      .values({
        id,
        caseId,
        clientId: record.clientId,
        templateId: template.id,
        title: organisation ? `Alert to ${organisation}` : template.name,
        language: template.language,
        answers: '{}',
        createdAt: now,
        updatedAt: now,
      })
      .run();
    t.insert(appealDrafts)
      .values({
        draftId: id,
        recordId: record.id,
        recipient: input.recipient,
        organisation,
        anonymised: scrub !== null,
        createdAt: now,
        updatedAt: now,
      })
      .run();
    // The lawyer's profile name when the window sends none, as the audit log names the lawyer.
    addVersion(t, id, scrub ? scrub(html) : html, 'generated', input.author ?? readProfile(t).name, now);
    return getDraft(t, id);
  });

const appealRow = (db: Db, draftId: string) =>
  db.select().from(appealDrafts).where(eq(appealDrafts.draftId, draftId)).get();

export const isAppealDraft = (db: Db, draftId: string): boolean => appealRow(db, draftId) !== undefined;

/** Rebuilt from the record and the consent as they are now; the lawyer's sections are kept (and scrubbed if need be). */
export const regenerateAppeal = (db: Db, draftId: string, author: string | null, today: string, now: string): Draft =>
  db.transaction((tx) => {
    const t = tx as unknown as Db;
    const a = must(appealRow(t, draftId), 'The draft');
    const { html, scrub } = render(t, a.recordId, a.recipient, a.organisation, today);
    const merged = keepLawyerText(getDraft(t, draftId).html, html);
    t.update(appealDrafts)
      .set({ anonymised: scrub !== null, updatedAt: now })
      .where(eq(appealDrafts.draftId, draftId))
      .run();
    addVersion(t, draftId, scrub ? scrub(merged) : merged, 'regenerated', author, now);
    return getDraft(t, draftId);
  });

/** What the editor says before export: anonymised or not, the consent, and any identifying value now in the text. */
export const appealInfo = (db: Db, draftId: string, today: string) => {
  const d = getDraft(db, draftId);
  const a = appealRow(db, draftId);
  if (!a) return null;
  const record = must(db.select().from(disappearances).where(eq(disappearances.id, a.recordId)).get(), 'The record');
  const { consent } = buildAppealData(db, a.recordId, a.recipient, a.organisation, today);
  const identity = identityOfRecord(db, record.id);
  // As the lawyer reads it: tags out, entities decoded ("Sa&#x27;adia" is Sa'adia).
  const text = decodeEntities(d.html.replace(/<[^>]*>/g, ' '));
  return {
    draftId,
    recordId: a.recordId,
    recipient: a.recipient,
    organisation: a.organisation,
    anonymised: a.anonymised,
    consentNow: consent !== null,
    consent,
    withheld: a.anonymised ? [...new Set(identifyingValues(identity).map((v) => v.label))] : [],
    found: a.anonymised ? identifiersIn(text, identity) : [],
  };
};
