import type { Recipient } from '../../../shared/disappearance-enums';
import { appealNchr } from '../petitions/pack/appeal-nchr-en';
import { appealOrganisation } from '../petitions/pack/appeal-organisation-en';
import { appealUnSrHrd } from '../petitions/pack/appeal-un-sr-hrd-en';
import { appealUnWgeid } from '../petitions/pack/appeal-un-wgeid-en';
import type { ShippedTemplate } from '../petitions/types';

/** The appeal and complaint templates, one per recipient, drafted from a disappearance record. */
export const APPEAL_TEMPLATES: Record<Recipient, ShippedTemplate> = {
  un_sr_hrd: appealUnSrHrd,
  un_wgeid: appealUnWgeid,
  nchr: appealNchr,
  organisation: appealOrganisation,
};

export const isAppealTemplate = (templateId: string): boolean =>
  Object.values(APPEAL_TEMPLATES).some((t) => t.id === templateId);
