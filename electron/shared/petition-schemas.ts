import { z } from 'zod';
import { PETITION_LANGUAGES } from './enums';
import { id, optText, text } from './fields';

/* Schemas of petition drafting: templates, merge fields, drafts with versions, exports. */

const ns = z.string().nullable();

/** A merge field the case lacks: asked for before drafting, never printed blank. */
export const missingField = z.object({ field: z.string(), label: z.string() });
export type MissingField = z.infer<typeof missingField>;

export const templateSummary = z.object({
  id: z.string(),
  name: z.string(),
  language: z.enum(PETITION_LANGUAGES),
  /** Shipped with Muhafiz, or an organisation's own Word template. */
  origin: z.enum(['shipped', 'user']),
  description: z.string(),
  missing: z.array(missingField),
});
export type TemplateSummary = z.infer<typeof templateSummary>;

/** Answers for missing fields, by field path ("client.guardianName"). */
export const answers = z.record(z.string().max(100), z.string().trim().min(1).max(2000)).default({});

export const draftVersion = z.object({
  id: z.string(),
  version: z.number(),
  reason: z.enum(['generated', 'edited', 'regenerated']),
  author: z.string(),
  createdAt: z.string(),
});

export const draft = z.object({
  id: z.string(),
  caseId: z.string(),
  clientId: ns,
  templateId: z.string(),
  title: z.string(),
  language: z.enum(PETITION_LANGUAGES),
  html: z.string(),
  versions: z.array(draftVersion),
  updatedAt: z.string(),
});
export type Draft = z.infer<typeof draft>;

export const draftSummary = draft.omit({ html: true, versions: true }).extend({ version: z.number() });

export const createDraftInput = z.strictObject({
  caseId: id,
  templateId: z.string().trim().min(1).max(100),
  clientId: id.nullish().transform((v) => v ?? null),
  answers,
  author: optText(200),
});

export const saveDraftInput = z.strictObject({
  id,
  html: text(500_000),
  author: optText(200),
});

export const regenerateInput = z.strictObject({ id, answers: answers.optional(), author: optText(200) });

export const PAPER_SIZES = ['a4', 'legal'] as const;
export const exportDocxInput = z.strictObject({ id, paper: z.enum(PAPER_SIZES).default('legal') });

/** A binary file crossing IPC: JSON-safe as base64. */
export const binaryFile = z.object({ filename: z.string(), mime: z.string(), base64: z.string() });

/** A Word template uploaded by an organisation (base64 of the .docx; at most about 5 MB). */
export const userTemplateInput = z.strictObject({
  name: text(200),
  language: z.enum(PETITION_LANGUAGES),
  base64: z.string().min(4).max(7_000_000),
});

export const placeholderReport = z.object({ known: z.array(z.string()), unknown: z.array(z.string()) });

export const renderUserTemplateInput = z.strictObject({
  templateId: id,
  caseId: id,
  clientId: id.nullish().transform((v) => v ?? null),
  answers,
});
