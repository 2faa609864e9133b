import type { ShippedTemplate } from '../types';
import { caseTitle, en, firLineIfAny, heading, signature, title } from './common';

/** Application for adjournment of the next hearing. */
export const adjournment: ShippedTemplate = {
  id: 'adjournment-en',
  name: 'Application for adjournment',
  language: 'en',
  description: 'Adjournment of the next hearing of the case, with the reason in counsel’s words.',
  source: en(`${heading('forum')}
{{#if forum.caseNumber}}<p style="text-align: center"><strong>{{forum.caseNumber}}</strong></p>{{/if}}
${caseTitle}
${firLineIfAny}
${title('APPLICATION FOR ADJOURNMENT')}
<p><strong>Respectfully Sheweth:</strong></p>
<p>That the above-titled case is fixed before this Court for {{hearing.date}}{{#if hearing.purpose}} ({{hearing.purpose}}){{/if}}.</p>
<section data-section="reason">
<p>That the learned counsel for the applicant is unable to appear before this Court on the said date because [state the reason, e.g. engagement before the High Court in another matter fixed for the same date].</p>
</section>
<p>That the adjournment is sought in good faith and not to delay the proceedings, and no prejudice will be caused to the other side.</p>
<p>It is, therefore, respectfully prayed that the hearing of the above-titled case may kindly be adjourned to any other date convenient to this Court.</p>
${signature('Applicant', '{{#if forum.isHighCourt}}Advocate High Court{{else}}Advocate{{/if}}')}`),
};
