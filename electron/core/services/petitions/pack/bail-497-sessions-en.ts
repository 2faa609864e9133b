import type { ShippedTemplate } from '../types';
import {
  briefFacts,
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
  verification,
  womanGround,
} from './common';

/** Post-arrest bail in the Sessions Court of the district of the FIR (CrPC 497; pakistan-law.md §5.1). */
export const bail497Sessions: ShippedTemplate = {
  id: 'bail-497-sessions-en',
  name: 'Post-arrest bail (s.497 Cr.P.C.), Sessions Court',
  language: 'en',
  description:
    'Bail after arrest in the Sessions Court, with the woman-accused and statutory-delay grounds where they apply, and the verification.',
  source: en(`${heading('sessions')}
${numberLine('sessions', 'Bail Petition No.')}
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
<li>That the petitioner is innocent and has been falsely implicated in this case with mala fide intention and ulterior motives.</li>
<li>That the case against the petitioner calls for further inquiry within the meaning of section 497(2) Cr.P.C.</li>
${prohibitoryGround}
<li>That there is an unexplained delay in lodging the FIR, which shows deliberation and consultation.</li>
<li>That the petitioner is no longer required for investigation; the petitioner's further detention would serve no useful purpose.</li>
<li>That the petitioner has no previous criminal record and there is no likelihood of abscondence or of tampering with the prosecution evidence.</li>
<li>That the petitioner is ready to furnish surety to the satisfaction of this learned Court.</li>
${closingGround.replace('this Honourable Court', 'this learned Court')}
${groundsClose}
${subheading('PRAYER')}
<p>It is, therefore, most respectfully prayed that the petitioner may kindly be released on post-arrest bail in case ${firParticulars}, till the final decision of the case. ${otherRelief.replace('this Honourable Court', 'this learned Court')}</p>
${signature('Petitioner', 'Advocate')}
${verification('sessions')}`),
};
