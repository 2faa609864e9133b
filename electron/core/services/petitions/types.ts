import type { MissingField } from '../../../shared/petition-schemas';
import type { PetitionLanguage } from '../../../shared/enums';

/*
 * The petition services' shared shapes. The pieces:
 *   merge-data.ts      buildMergeData(db, caseId, clientId, today) -> MergeData; KNOWN_FIELDS
 *   templates.ts       SHIPPED_TEMPLATES: the pack (English and Urdu), Handlebars HTML sources
 *   render.ts          renderPetition(template, data, answers) -> { html, missing }
 *   regenerate.ts      keepLawyerText(previousHtml, freshHtml) -> html (grounds survive regeneration)
 *   docx.ts            draftToDocx(html, { paper, language, title }) -> Promise<Buffer>
 *   user-templates.ts  inspectDocx(buffer) / renderDocx(buffer, data, answers)
 *
 * Draft HTML conventions (the in-app editor, the print view and the DOCX export all read them):
 *   - block elements only: h1-h3, p, ol/ul/li, table/tr/td (for the parties block), strong/em/u inline
 *   - `dir="rtl"` and `lang="ur"` on the root <article> (and on Urdu paragraphs) for Urdu drafts
 *   - `style="text-align: center|right|justify"` for alignment
 *   - `<section data-section="grounds">…</section>` holds the lawyer's own arguments: regeneration
 *     keeps it as the lawyer left it; every other part is rebuilt from the case.
 */

export type ShippedTemplate = {
  id: string;
  name: string;
  language: PetitionLanguage;
  description: string;
  /** Handlebars source producing draft HTML. */
  source: string;
};

/** Everything a template can print, from the case; absent values are null (never ""). */
export type MergeData = Record<string, unknown>;

export type RenderResult = { html: string; missing: MissingField[] };
