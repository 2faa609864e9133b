import type { ShippedTemplate } from '../types';
import {
  affidavit,
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
  subheading,
  title,
  verification,
} from './common';

/**
 * Pre-arrest bail (CrPC 498) in the case's court, the Sessions Court first (Rana Muhammad Arshad,
 * PLD 2009 SC 427: the petitioner ordinarily approaches the Sessions Court before the High Court).
 */
export const bail498: ShippedTemplate = {
  id: 'bail-498-en',
  name: 'Pre-arrest bail (s.498 Cr.P.C.)',
  language: 'en',
  description:
    "Bail before arrest in the case's court (the Sessions Court when none is recorded): mala fide, ulterior motive and further inquiry; the affidavit when filed in the High Court.",
  source: en(`${heading('forum')}
${numberLine('forum')}
${parties({})}
${firLine}
${title('PETITION UNDER SECTION 498 Cr.P.C. FOR GRANT OF PRE-ARREST BAIL')}
<p><strong>Respectfully Sheweth:</strong></p>
<ol>
<li>That the petitioner has been nominated in case ${firParticulars}. A copy of the FIR is annexed.</li>
<li>That the police are bent upon arresting the petitioner only to humiliate and disgrace the petitioner, and the petitioner apprehends arrest at their hands.</li>
${earlierBail}
</ol>
${briefFacts}
${groundsOpen}
<li>That the case has been registered with mala fide intention and ulterior motives, to harass the petitioner and to stifle the petitioner's lawful exercise of the freedoms guaranteed by Articles 16, 17 and 19 of the Constitution; the arrest of the petitioner is sought only to humiliate the petitioner (Rana Muhammad Arshad's case, PLD 2009 SC 427).</li>
<li>That the case against the petitioner calls for further inquiry within the meaning of section 497(2) Cr.P.C.</li>
${prohibitoryGround}
<li>That nothing is to be recovered from the petitioner; the prosecution case rests on documentary and electronic material already in the possession of the investigating agency.</li>
<li>That the petitioner undertakes to join the investigation and to appear before the Court on every date of hearing.</li>
<li>That the petitioner has no previous criminal record and has never absconded.</li>
${closingGround}
${groundsClose}
${subheading('PRAYER')}
<p>It is, therefore, most respectfully prayed that the petitioner may kindly be granted ad-interim pre-arrest bail in case ${firParticulars}, till the final decision of this petition, and the same may be confirmed after notice to the respondents. ${otherRelief}</p>
${signature('Petitioner', '{{#if forum.isHighCourt}}Advocate High Court{{else}}Advocate{{/if}}')}
{{#if forum.isHighCourt}}
${affidavit('forum')}
{{else}}
${verification('forum')}
{{/if}}`),
};
