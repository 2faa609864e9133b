import type { ShippedTemplate } from '../types';
import {
  affidavit,
  closingGround,
  en,
  firLine,
  firParticulars,
  groundsClose,
  groundsOpen,
  heading,
  otherRelief,
  parties,
  signature,
  subheading,
  title,
} from './common';

/** Suspension of sentence pending appeal (CrPC 426; the (1-A) statutory ground when the appeal is overdue). */
export const suspension426: ShippedTemplate = {
  id: 'suspension-426-en',
  name: 'Suspension of sentence pending appeal (s.426 Cr.P.C.)',
  language: 'en',
  description:
    'Suspension of sentence and bail while the appeal is pending, with the s.426(1-A) ground when the appeal is undecided beyond the period for the sentence.',
  source: en(`${heading('hc')}
<p style="text-align: center"><strong>Crl. Misc. No. ______ of {{today.year}}</strong></p>
<p style="text-align: center"><strong>in</strong></p>
<p style="text-align: center"><strong>Crl. Appeal No. ______ of {{today.year}}</strong></p>
${parties({ petitionerRole: '……Appellant' })}
${firLine}
${title('PETITION UNDER SECTION 426 Cr.P.C. FOR SUSPENSION OF SENTENCE AND RELEASE OF THE APPELLANT ON BAIL DURING THE PENDENCY OF THE APPEAL')}
<p><strong>Respectfully Sheweth:</strong></p>
<ol>
<li>That the appellant was tried in case ${firParticulars}, and convicted by the {{judgment.court}} vide judgment dated {{judgment.date}}, and sentenced to {{judgment.sentence}}.</li>
<li>That the appellant has filed the titled appeal against the conviction and sentence before this Honourable Court, which is pending adjudication and is not likely to be decided in the near future.</li>
</ol>
${groundsOpen}
{{#if judgment.statutoryPassed}}
<li>That the appellant was sentenced to {{judgment.sentenceBand}}, and the appeal has not been decided within {{judgment.statutoryPeriod}} of the conviction on {{judgment.date}}. Under section 426(1-A) Cr.P.C. the appellant is entitled to be released on bail, the delay not being attributable to the appellant.</li>
{{/if}}
<li>That the conviction is based on misreading and non-reading of the evidence, and on a tentative assessment the appellant has a good prima facie case for acquittal.</li>
<li>That the appellant is ready to furnish surety to the satisfaction of this Honourable Court.</li>
${closingGround}
${groundsClose}
${subheading('PRAYER')}
<p>It is, therefore, most respectfully prayed that the sentence awarded to the appellant by the {{judgment.court}} vide judgment dated {{judgment.date}} may kindly be suspended and the appellant be released on bail till the final decision of the titled appeal. ${otherRelief}</p>
${signature('Appellant')}
${affidavit('hc')}`),
};
