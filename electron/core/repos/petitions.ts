import { and, asc, desc, eq, max } from 'drizzle-orm';
import type { z } from 'zod';
import type { PetitionLanguage } from '../../shared/enums';
import type { createDraftInput, Draft, MissingField, TemplateSummary } from '../../shared/petition-schemas';
import type { Db } from '../db/client';
import type { Vault } from '../db/vault';
import { cases, petitionDrafts, petitionVersions, userTemplates } from '../db/schema';
import { AppFailure, must } from '../errors';
import { newId } from '../lib/ids';
import { buildMergeData } from '../services/petitions/merge-data';
import { renderPetition } from '../services/petitions/render';
import { keepLawyerText } from '../services/petitions/regenerate';
import { SHIPPED_TEMPLATES } from '../services/petitions/templates';
import type { ShippedTemplate } from '../services/petitions/types';
import { inspectDocx, renderDocx } from '../services/petitions/user-templates';

type Answers = Record<string, string>;
const DEFAULT_AUTHOR = 'Counsel';

export const shippedTemplate = (id: string): ShippedTemplate =>
  must(
    SHIPPED_TEMPLATES.find((t) => t.id === id),
    'The template',
  );

/** A draft cannot be made while the case lacks a field the template prints: ask, never print blank. */
export const refuseMissing = (missing: MissingField[]): void => {
  if (missing.length === 0) return;
  const fields = Object.fromEntries(missing.map((m) => [`answers.${m.field}`, `Needed: ${m.label}`]));
  throw new AppFailure(
    'VALIDATION',
    `The case lacks: ${missing.map((m) => m.label).join(', ')}. Fill them in to draft.`,
    fields,
  );
};

export const listTemplates = (db: Db, caseId: string, clientId: string | null, today: string): TemplateSummary[] => {
  const data = buildMergeData(db, caseId, clientId, today);
  const shipped = SHIPPED_TEMPLATES.map((t) => ({
    id: t.id,
    name: t.name,
    language: t.language,
    origin: 'shipped' as const,
    description: t.description,
    missing: renderPetition(t, data, {}).missing,
  }));
  const user = db
    .select({ id: userTemplates.id, name: userTemplates.name, language: userTemplates.language })
    .from(userTemplates)
    .orderBy(asc(userTemplates.name))
    .all()
    .map((t) => ({ ...t, origin: 'user' as const, description: 'Word template of your organisation', missing: [] }));
  return [...shipped, ...user];
};

const latestVersion = (db: Db, draftId: string) =>
  db
    .select({ n: max(petitionVersions.version) })
    .from(petitionVersions)
    .where(eq(petitionVersions.draftId, draftId))
    .get()?.n ?? 0;

export const addVersion = (
  db: Db,
  draftId: string,
  html: string,
  reason: 'generated' | 'edited' | 'regenerated',
  author: string | null,
  now: string,
) => {
  db.insert(petitionVersions)
    .values({
      id: newId(),
      draftId,
      version: latestVersion(db, draftId) + 1,
      html,
      reason,
      author: author ?? DEFAULT_AUTHOR,
      createdAt: now,
    })
    .run();
  db.update(petitionDrafts).set({ updatedAt: now }).where(eq(petitionDrafts.id, draftId)).run();
};

export const getDraft = (db: Db, id: string, version?: number): Draft => {
  const d = must(db.select().from(petitionDrafts).where(eq(petitionDrafts.id, id)).get(), 'The draft');
  const versions = db
    .select({
      id: petitionVersions.id,
      version: petitionVersions.version,
      reason: petitionVersions.reason,
      author: petitionVersions.author,
      createdAt: petitionVersions.createdAt,
    })
    .from(petitionVersions)
    .where(eq(petitionVersions.draftId, id))
    .orderBy(desc(petitionVersions.version))
    .all();
  const wanted = version ?? versions[0]?.version ?? 0;
  const row = must(
    db
      .select({ html: petitionVersions.html })
      .from(petitionVersions)
      .where(and(eq(petitionVersions.draftId, id), eq(petitionVersions.version, wanted)))
      .get(),
    'That version',
  );
  return {
    id: d.id,
    caseId: d.caseId,
    clientId: d.clientId,
    templateId: d.templateId,
    title: d.title,
    language: d.language,
    html: row.html,
    versions,
    updatedAt: d.updatedAt,
  };
};

export const createDraft = (db: Db, input: z.output<typeof createDraftInput>, today: string, now: string): Draft =>
  db.transaction((tx) => {
    const t = tx as unknown as Db;
    const template = shippedTemplate(input.templateId);
    const { html, missing } = renderPetition(
      template,
      buildMergeData(t, input.caseId, input.clientId, today),
      input.answers,
    );
    refuseMissing(missing);
    const id = newId();
    t.insert(petitionDrafts)
      .values({
        id,
        caseId: input.caseId,
        clientId: input.clientId,
        templateId: template.id,
        title: template.name,
        language: template.language,
        answers: JSON.stringify(input.answers),
        createdAt: now,
        updatedAt: now,
      })
      .run();
    addVersion(t, id, html, 'generated', input.author, now);
    return getDraft(t, id);
  });

export const listDrafts = (db: Db, caseId: string) => {
  must(db.select({ id: cases.id }).from(cases).where(eq(cases.id, caseId)).get(), 'The case');
  return db
    .select()
    .from(petitionDrafts)
    .where(eq(petitionDrafts.caseId, caseId))
    .orderBy(desc(petitionDrafts.updatedAt))
    .all()
    .map(({ answers: _a, createdAt: _c, ...d }) => ({ ...d, version: latestVersion(db, d.id) }));
};

export const saveDraft = (db: Db, id: string, html: string, author: string | null, now: string): Draft =>
  db.transaction((tx) => {
    const t = tx as unknown as Db;
    getDraft(t, id);
    addVersion(t, id, html, 'edited', author, now);
    return getDraft(t, id);
  });

/** Rebuilds a draft from the case as it is now, keeping the lawyer's own sections (the grounds). */
export const regenerateDraft = (
  db: Db,
  id: string,
  more: Answers,
  author: string | null,
  today: string,
  now: string,
): Draft =>
  db.transaction((tx) => {
    const t = tx as unknown as Db;
    const d = must(t.select().from(petitionDrafts).where(eq(petitionDrafts.id, id)).get(), 'The draft');
    const answers = { ...(JSON.parse(d.answers) as Answers), ...more };
    const { html, missing } = renderPetition(
      shippedTemplate(d.templateId),
      buildMergeData(t, d.caseId, d.clientId, today),
      answers,
    );
    refuseMissing(missing);
    t.update(petitionDrafts)
      .set({ answers: JSON.stringify(answers) })
      .where(eq(petitionDrafts.id, id))
      .run();
    addVersion(t, id, keepLawyerText(getDraft(t, id).html, html), 'regenerated', author, now);
    return getDraft(t, id);
  });

// ---------- organisations' own Word templates ----------

const decode = (base64: string): Buffer => {
  const buffer = Buffer.from(base64, 'base64');
  // A .docx is a zip: it starts with "PK".
  if (buffer.length < 4 || buffer[0] !== 0x50 || buffer[1] !== 0x4b) {
    throw new AppFailure('VALIDATION', 'This is not a Word (.docx) file.', { base64: 'Not a .docx file' });
  }
  return buffer;
};

export const inspectTemplate = async (base64: string) => {
  try {
    return await inspectDocx(decode(base64));
  } catch (e) {
    // Name the field, so the upload form can mark the file.
    if (e instanceof AppFailure) throw new AppFailure(e.code, e.message, e.fields ?? { base64: e.message });
    throw new AppFailure('VALIDATION', 'This Word file could not be read as a template.', {
      base64: 'Unreadable template',
    });
  }
};

export const addUserTemplate = async (
  vault: Pick<Vault, 'db' | 'writeInProgress' | 'restoring'>,
  input: { name: string; language: PetitionLanguage; base64: string },
  now: string,
) => {
  const report = await inspectTemplate(input.base64);
  // Read after the wait: the vault may have locked meanwhile (LOCKED), or an import begun, whose open
  // transaction this insert would join and vanish with if it rolled back.
  const db = vault.db;
  if (vault.writeInProgress || vault.restoring)
    throw new AppFailure('CONFLICT', 'Another long task is being written. Wait until it has finished, then try again.');
  const id = newId();
  db.insert(userTemplates)
    .values({
      id,
      name: input.name,
      language: input.language,
      content: input.base64,
      placeholders: JSON.stringify([...report.known, ...report.unknown]),
      createdAt: now,
      updatedAt: now,
    })
    .run();
  return {
    id,
    name: input.name,
    language: input.language,
    origin: 'user' as const,
    description: 'Word template of your organisation',
    missing: [],
    report,
  };
};

export const renderUserTemplate = async (
  db: Db,
  input: { templateId: string; caseId: string; clientId: string | null; answers: Answers },
  today: string,
) => {
  const t = must(db.select().from(userTemplates).where(eq(userTemplates.id, input.templateId)).get(), 'The template');
  const data = buildMergeData(db, input.caseId, input.clientId, today);
  const { buffer, missing } = await renderDocx(decode(t.content), data, input.answers);
  refuseMissing(missing);
  return {
    filename: `${t.name.replace(/[^A-Za-z0-9 _-]+/g, '').trim() || 'petition'}.docx`,
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    base64: buffer.toString('base64'),
  };
};
