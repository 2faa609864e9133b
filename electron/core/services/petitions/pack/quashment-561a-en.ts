import type { ShippedTemplate } from '../types';
import {
  affidavit,
  briefFacts,
  closingGround,
  en,
  firLine,
  firParticulars,
  groundsClose,
  groundsOpen,
  heading,
  numberLine,
  otherRelief,
  parties,
  signature,
  subheading,
  title,
} from './common';

const respondents = `<ol>
<li>The State;</li>
{{#if respondents.sho}}<li>{{respondents.sho}};</li>{{/if}}
{{#if respondents.agency}}<li>{{respondents.agency}};</li>{{/if}}
{{#if respondents.complainant}}<li>{{respondents.complainant}} (complainant).</li>{{/if}}
</ol>`;

/**
 * Quashment of an FIR and the proceedings on it: the High Court's inherent power (CrPC 561-A) read
 * with Article 199; exceptional at the investigation stage (pakistan-law.md §5.2).
 */
export const quashment: ShippedTemplate = {
  id: 'quashment-561a-en',
  name: 'Quashment of FIR (s.561-A Cr.P.C. and Art. 199), High Court',
  language: 'en',
  description: 'Quashment of the FIR and the proceedings arising from it, with interim relief and the affidavit.',
  source: en(`${heading('hc')}
${numberLine('hc')}
${parties({ respondents })}
${firLine}
${title('PETITION UNDER SECTION 561-A Cr.P.C. READ WITH ARTICLE 199 OF THE CONSTITUTION OF THE ISLAMIC REPUBLIC OF PAKISTAN, 1973 FOR QUASHMENT OF FIR No. {{fir.number}}')}
<p><strong>Respectfully Sheweth:</strong></p>
<ol>
<li>That case ${firParticulars}, has been registered against the petitioner. A copy of the FIR is annexed.</li>
<li>That the petitioner is a law-abiding citizen, and the FIR is a misuse of the criminal law against the petitioner.</li>
</ol>
${briefFacts}
${groundsOpen}
<li>That even if the contents of the FIR are accepted as true at face value, no offence is made out against the petitioner; the proceedings are therefore without lawful basis.</li>
<li>That the FIR has been registered with mala fide intention, to stifle the petitioner's lawful exercise of the freedoms of speech, assembly and association guaranteed by Articles 16, 17 and 19 of the Constitution.</li>
<li>That the continuation of the proceedings would be an abuse of the process of the Court; the inherent power under section 561-A Cr.P.C. exists to prevent such abuse and to secure the ends of justice, and it may be exercised even at the investigation stage in an exceptional case such as this.</li>
<li>That the remedies before the trial court would not be adequate, as the petitioner would be made to face investigation and trial on an FIR that discloses no offence.</li>
${closingGround}
${groundsClose}
${subheading('PRAYER')}
<p>It is, therefore, most respectfully prayed that case ${firParticulars}, and all proceedings arising from it, may kindly be quashed. It is further prayed that, during the pendency of this petition, further proceedings in the case may be stayed and the respondents restrained from taking any coercive measure against the petitioner. ${otherRelief}</p>
${signature()}
${affidavit('hc')}`),
};
