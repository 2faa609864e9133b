import type { ShippedTemplate } from '../types';
import { caseTitle, describeClient, en, firLineIfAny, heading, title } from './common';

/** The power of attorney by which the client engages counsel (vakalatnama). */
export const vakalatnama: ShippedTemplate = {
  id: 'vakalatnama-en',
  name: 'Vakalatnama (power of attorney)',
  language: 'en',
  description: "The client's power of attorney appointing counsel in the case, for the court's file.",
  source: en(`${title('VAKALATNAMA')}
${heading('forum')}
{{#if forum.caseNumber}}<p style="text-align: center"><strong>{{forum.caseNumber}}</strong></p>{{/if}}
${caseTitle}
${firLineIfAny}
<p style="text-align: justify">KNOW ALL to whom these presents shall come that I, ${describeClient}, do hereby appoint and retain {{counsel.name}}, Advocate, to appear, plead and act for me in the above case and, to that end, to do all or any of the following acts, deeds and things:</p>
<ol>
<li>To act, appear and plead in the above case in this Court or in any other Court in which it may be tried or heard, in the first instance or on appeal, revision or review, or in any other stage of its progress until its final decision.</li>
<li>To present petitions, applications and appeals, including petitions for bail, and to sign, verify and file them, and to file and withdraw documents.</li>
<li>To apply for and obtain copies of documents and of the record, and to furnish surety bonds.</li>
<li>To engage any other legal practitioner, giving that practitioner all or any of the powers conferred by this instrument.</li>
</ol>
<p style="text-align: justify">AND I hereby agree to ratify and confirm all acts done by the said Advocate or by any practitioner so engaged, as if done by me; AND I further agree that the said Advocate shall not be responsible for any loss if the case is proceeded with in the Advocate's absence because the Advocate's fee has not been paid.</p>
<p>IN WITNESS WHEREOF I have signed this Vakalatnama on this {{today.long}}.</p>
<p style="text-align: right"><strong>Executant</strong></p>
<p style="text-align: right">{{client.fullName}}{{#if client.cnic}}, CNIC No. {{client.cnic}}{{/if}}</p>
<p><strong>Accepted:</strong></p>
<p><strong>{{counsel.name}}</strong></p>
<p>Advocate</p>`),
};
