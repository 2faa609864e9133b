import type { ShippedTemplate } from '../types';
import { en, subheading, title } from './common';
import {
  blank,
  consentBlock,
  incidentsBlock,
  factsBlock,
  identityNote,
  personBlock,
  stepsBlock,
  submittedBy,
} from './appeal-common';

/** A complaint to Pakistan's National Commission for Human Rights. */
export const appealNchr: ShippedTemplate = {
  id: 'appeal-nchr-en',
  name: 'Complaint: National Commission for Human Rights (Pakistan)',
  language: 'en',
  description: "A complaint to Pakistan's National Commission for Human Rights about an enforced disappearance.",
  source: en(`<h1 style="text-align: center">BEFORE THE NATIONAL COMMISSION FOR HUMAN RIGHTS, PAKISTAN</h1>
<p style="text-align: center">${blank('address of the Commission: check before filing')}</p>
${title('COMPLAINT REGARDING THE ENFORCED DISAPPEARANCE OF {{#if identified}}{{subject.name}}{{else}}A HUMAN RIGHTS DEFENDER{{/if}}')}
<p>${blank('the provision of law under which the Commission is moved: check')}</p>
${identityNote}
<p><strong>Respectfully Sheweth:</strong></p>
${subheading('The person concerned')}
${personBlock}
{{#if identified}}{{#if family.name}}<p>Complainant: {{family.name}}{{#if family.relation}} ({{family.relation}} of the person concerned){{/if}}{{#if family.phone}}, telephone {{family.phone}}{{/if}}.</p>{{/if}}{{else}}<p>Complainant: the family of the person concerned{{#if family.relation}} (the {{family.relation}}){{/if}}, through counsel; identity withheld.</p>{{/if}}
${subheading('Facts')}
${factsBlock}
${incidentsBlock}
<section data-section="facts"><p>${blank('further facts: earlier threats, the work of the person concerned, witnesses')}</p></section>
${subheading('Steps taken')}
${stepsBlock}
{{#if anyNotObeyed}}<p>An order to produce {{subject.short}} has not been obeyed by the date it fixed.</p>{{/if}}
${subheading('Prayer')}
<section data-section="request"><p>It is, therefore, respectfully prayed that the Commission may take cognizance of this complaint, call for reports from the Federal and Provincial Governments, the police and the agencies concerned on the whereabouts of {{subject.short}}, ensure {{subject.his}} production before the court concerned, and direct the protection of the family and counsel from harassment.</p></section>
${consentBlock}
${submittedBy}`),
};
