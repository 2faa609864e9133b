import { join } from 'node:path';
import type { Db } from '../db/client';
import { pkDate } from '../lib/time';
import {
  addUserTemplate,
  createDraft,
  getDraft,
  inspectTemplate,
  listDrafts,
  listTemplates,
  regenerateDraft,
  renderUserTemplate,
  saveDraft,
} from '../repos/petitions';
import { AppFailure } from '../errors';
import { appealInfo, isAppealDraft, regenerateAppeal } from '../repos/appeals';
import { draftToDocx } from '../services/petitions/docx';
import type { HandlerGroup } from './context';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A file name that says what the petition is, never whom it is for. */
const fileName = (title: string) =>
  `${
    title
      .replace(/[^A-Za-z0-9 ()._-]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim() || 'Petition'
  }.docx`;

/**
 * An appeal leaves the office as a Word file only as consent allows: a draft that names the client
 * needs consent recorded now (it may have been withdrawn since), and an anonymised one may not
 * carry identifying details typed into it since. The editor says the same before export.
 */
const refuseAppealWithoutConsent = (db: Db, id: string, today: string) => {
  const appeal = appealInfo(db, id, today);
  if (!appeal) return;
  if (!appeal.anonymised && !appeal.consentNow)
    throw new AppFailure(
      'CONFLICT',
      'This appeal names the client, but consent to share their identity with this recipient is not recorded now. Record the consent, or regenerate the draft (it will be anonymised), then export.',
    );
  if (appeal.found.length)
    throw new AppFailure(
      'CONFLICT',
      `This appeal is meant to be anonymised but names ${appeal.found.join(', ')}. Remove them, or record consent and regenerate, then export.`,
    );
};

export const petitionHandlers = {
  'petitions:templates': (ctx, { caseId, clientId }) =>
    listTemplates(ctx.vault.db, caseId, clientId ?? null, pkDate(ctx.now())),
  'petitions:create': (ctx, input) => createDraft(ctx.vault.db, input, pkDate(ctx.now()), ctx.now().toISOString()),
  'petitions:list': (ctx, { caseId }) => listDrafts(ctx.vault.db, caseId),
  'petitions:get': (ctx, { id, version }) => getDraft(ctx.vault.db, id, version),
  'petitions:save': (ctx, { id, html, author }) => saveDraft(ctx.vault.db, id, html, author, ctx.now().toISOString()),
  'petitions:regenerate': (ctx, { id, answers, author }) =>
    // An appeal drafted from a disappearance record is rebuilt from the record and the consent.
    isAppealDraft(ctx.vault.db, id)
      ? regenerateAppeal(ctx.vault.db, id, author, pkDate(ctx.now()), ctx.now().toISOString())
      : regenerateDraft(ctx.vault.db, id, answers ?? {}, author, pkDate(ctx.now()), ctx.now().toISOString()),
  'petitions:export-docx': async (ctx, { id, paper }) => {
    refuseAppealWithoutConsent(ctx.vault.db, id, pkDate(ctx.now()));
    const d = getDraft(ctx.vault.db, id);
    const buffer = await draftToDocx(d.html, {
      paper,
      language: d.language,
      title: d.title,
      fontsDir: join(ctx.resourcesDir, 'fonts'),
    });
    return { filename: fileName(d.title), mime: DOCX, base64: buffer.toString('base64') };
  },
  'templates:inspect-docx': (ctx, { base64 }) => {
    // Like every data channel: nothing is parsed while the diary is locked.
    void ctx.vault.db;
    return inspectTemplate(base64);
  },
  'templates:add-docx': (ctx, input) => {
    // Like every data channel: nothing is parsed while the diary is locked.
    void ctx.vault.db;
    return addUserTemplate(ctx.vault, input, ctx.now().toISOString());
  },
  'templates:render-docx': (ctx, input) => renderUserTemplate(ctx.vault.db, input, pkDate(ctx.now())),
} satisfies HandlerGroup<
  | 'petitions:templates'
  | 'petitions:create'
  | 'petitions:list'
  | 'petitions:get'
  | 'petitions:save'
  | 'petitions:regenerate'
  | 'petitions:export-docx'
  | 'templates:inspect-docx'
  | 'templates:add-docx'
  | 'templates:render-docx'
>;
