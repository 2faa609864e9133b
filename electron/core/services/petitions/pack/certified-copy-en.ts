import type { ShippedTemplate } from '../types';
import { caseTitle, en, firLineIfAny, heading, signature, title } from './common';

/** Application for certified copies (the copy time is excluded from limitation: Limitation Act s.12). */
export const certifiedCopy: ShippedTemplate = {
  id: 'certified-copy-en',
  name: 'Application for certified copies',
  language: 'en',
  description: "Certified copies of the court's order and the record, to take the case to the next forum.",
  source: en(`${heading('forum')}
{{#if forum.caseNumber}}<p style="text-align: center"><strong>{{forum.caseNumber}}</strong></p>{{/if}}
${caseTitle}
${firLineIfAny}
${title('APPLICATION FOR THE GRANT OF CERTIFIED COPIES')}
<p><strong>Respectfully Sheweth:</strong></p>
<p>That the applicant, {{client.fullName}} {{client.relation}} {{client.guardianName}}, is a party to the above-titled case and requires certified copies of the following documents to avail the remedies available under the law:</p>
<section data-section="documents">
<ol>
<li>Order dated {{lastOrder.date}} passed by this Court;</li>
{{#if fir.number}}<li>FIR No. {{fir.number}} dated {{fir.date}};</li>{{/if}}
<li>Report under section 173 Cr.P.C., if submitted;</li>
<li>Statements of the witnesses recorded under section 161 Cr.P.C.</li>
</ol>
</section>
<p>It is, therefore, respectfully prayed that certified copies of the above documents may kindly be issued to the applicant on urgent basis. The applicant undertakes to pay the requisite copying fee.</p>
${signature('Applicant', '{{#if forum.isHighCourt}}Advocate High Court{{else}}Advocate{{/if}}')}`),
};
