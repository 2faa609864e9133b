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

/**
 * Protective (transitory) bail from the High Court where the petitioner lives, to reach the court
 * of the FIR's district. No express section: courts root it in CrPC 498-A and Article 9
 * (Kamal Kumar, IHC, 2024 PCrLJ 30; pakistan-law.md §2.1).
 */
export const protectiveBail: ShippedTemplate = {
  id: 'protective-bail-en',
  name: 'Protective (transitory) bail, High Court',
  language: 'en',
  description:
    "Protective bail from the High Court of the petitioner's province, to appear before the competent court of the FIR's district.",
  source: en(`${heading('homeHc')}
${numberLine('homeHc')}
${parties({ custody: false })}
${firLine}
${title('PETITION FOR GRANT OF PROTECTIVE (TRANSITORY) BAIL')}
<p><strong>Respectfully Sheweth:</strong></p>
<ol>
<li>That the petitioner has been nominated in case ${firParticulars}. A copy of the FIR is annexed.</li>
<li>That the petitioner is a resident of {{client.address}}, within the territorial jurisdiction of this Honourable Court, while the case is to be dealt with by the Courts at {{fir.district}}.</li>
<li>That the petitioner intends to appear before the Court of competent jurisdiction at {{fir.district}} to seek appropriate relief, but apprehends arrest at the hands of the police before reaching that Court.</li>
</ol>
${briefFacts}
${groundsOpen}
<li>That the petitioner has a right to approach the Court of competent jurisdiction, and protective bail is granted so that an accused may do so without being arrested on the way (Kamal Kumar's case, 2024 PCrLJ 30 Islamabad); the jurisdiction is rooted in section 498-A Cr.P.C. read with Articles 9 and 10-A of the Constitution.</li>
<li>That the case has been registered with mala fide intention and ulterior motives, and the petitioner's arrest is sought only to humiliate the petitioner.</li>
<li>That the petitioner undertakes to appear before the Court of competent jurisdiction within the time this Honourable Court allows.</li>
${closingGround}
${groundsClose}
${subheading('PRAYER')}
<p>It is, therefore, most respectfully prayed that the petitioner may kindly be granted protective bail for a period of fourteen days, or such period as this Honourable Court deems fit, in case ${firParticulars}, to enable the petitioner to appear before the Court of competent jurisdiction at {{fir.district}}, and the respondents may be restrained from arresting the petitioner in the meanwhile. ${otherRelief}</p>
${signature()}
${affidavit('homeHc')}`),
};
