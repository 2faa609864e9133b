import type { ShippedTemplate } from '../types';
import { en, subheading, title } from './common';
import {
  blank,
  consentBlock,
  incidentsBlock,
  factsBlock,
  identityNote,
  stepsBlock,
  submittedBy,
} from './appeal-common';

/** A short alert to a human-rights organisation, for it to act on or circulate. */
export const appealOrganisation: ShippedTemplate = {
  id: 'appeal-organisation-en',
  name: 'Alert to a human-rights organisation',
  language: 'en',
  description: 'A short alert to a named human-rights organisation about an enforced disappearance.',
  source: en(`<p>To: {{recipient.organisation}}<br>${blank('contact person and e-mail at the organisation')}</p>
${title('URGENT ALERT: ENFORCED DISAPPEARANCE IN PAKISTAN')}
<p><strong>{{#if identified}}{{subject.name}}, {{subject.description}}{{else}}{{subject.Description}}{{/if}}, missing since {{lastSeen.date}}{{#if stillMissing}} ({{daysMissing}} days as of {{today.long}}){{/if}}</strong></p>
${identityNote}
${subheading('What happened')}
${factsBlock}
${incidentsBlock}
${subheading('What has been done')}
${stepsBlock}
${subheading('What we ask')}
<section data-section="request"><p>${blank('what the organisation is asked to do: a public statement, a letter to the authorities, trial observation, support for the family')}</p></section>
<p>{{#if identified}}This alert may be shared publicly.{{else}}Please do not share this alert beyond your organisation without asking us first.{{/if}}</p>
${consentBlock}
${submittedBy}`),
};
