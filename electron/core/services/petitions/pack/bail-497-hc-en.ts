import type { ShippedTemplate } from '../types';
import {
  affidavit,
  briefFacts,
  certificate,
  closingGround,
  earlierBail,
  en,
  firLine,
  firParticulars,
  groundsClose,
  groundsOpen,
  heading,
  numberLine,
  otherRelief,
  parties,
  prohibitoryGround,
  signature,
  statutoryDelayGround,
  subheading,
  title,
  womanGround,
} from './common';

/** Post-arrest bail in the High Court after the Sessions Court refused it (CrPC 497; pakistan-law.md §5.1). */
export const bail497Hc: ShippedTemplate = {
  id: 'bail-497-hc-en',
  name: 'Post-arrest bail (s.497 Cr.P.C.), High Court',
  language: 'en',
  description:
    'Bail after arrest in the High Court, with the earlier refusal, the woman-accused and statutory-delay grounds where they apply, the certificate and the affidavit.',
  source: en(`${heading('hc')}
${numberLine('hc')}
${parties({})}
${firLine}
${title('PETITION UNDER SECTION 497 Cr.P.C. FOR GRANT OF POST-ARREST BAIL')}
<p><strong>Respectfully Sheweth:</strong></p>
<ol>
<li>That the petitioner has been involved in case ${firParticulars}. A copy of the FIR is annexed.</li>
<li>That the petitioner was arrested in this case on {{arrest.date}} and has been confined in judicial lock-up since then.</li>
${earlierBail}
</ol>
${briefFacts}
${groundsOpen}
${womanGround}
${statutoryDelayGround}
<li>That the petitioner is innocent and has been falsely implicated in this case with mala fide intention and ulterior motives, to stifle the petitioner's lawful exercise of the freedoms guaranteed by Articles 16, 17 and 19 of the Constitution.</li>
<li>That the case against the petitioner calls for further inquiry within the meaning of section 497(2) Cr.P.C., and in such a case bail is the petitioner's right.</li>
${prohibitoryGround}
<li>That there is an unexplained delay in lodging the FIR, which shows deliberation and consultation.</li>
<li>That the investigation is complete and the petitioner is no longer required for it; keeping the petitioner behind bars would serve no useful purpose and would amount to punishment before conviction.</li>
<li>That the petitioner has no previous criminal record, and there is no likelihood of the petitioner absconding or tampering with the prosecution evidence.</li>
<li>That the petitioner is ready to furnish surety to the satisfaction of this Honourable Court.</li>
${closingGround}
${groundsClose}
${subheading('PRAYER')}
<p>It is, therefore, most respectfully prayed that the petitioner may kindly be admitted to post-arrest bail in case ${firParticulars}, till the final decision of the case, in the interest of justice. ${otherRelief}</p>
${signature()}
${certificate}
${affidavit('hc')}`),
};
