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
  signature,
  statutoryDelayGround,
  subheading,
  title,
  verification,
} from './common';

/**
 * Bail in a case under the Anti-Terrorism Act (s.21-D), first in the Anti-Terrorism Court (deemed
 * a Court of Session, s.32), then the High Court. The s.21-D test is not restated here: it is
 * unverified (pakistan-law.md §2.2) and left to counsel.
 */
export const bailAta21d: ShippedTemplate = {
  id: 'bail-ata-21d-en',
  name: 'Bail in an ATA case (s.21-D ATA 1997)',
  language: 'en',
  description:
    "Post-arrest bail in an Anti-Terrorism Act case, in the case's court: section 7 not attracted, further inquiry, the statutory-delay ground where it applies.",
  source: en(`${heading('forum')}
${numberLine('forum')}
${parties({})}
${firLine}
${title('PETITION UNDER SECTION 21-D OF THE ANTI-TERRORISM ACT, 1997 READ WITH SECTION 497 Cr.P.C. FOR GRANT OF POST-ARREST BAIL')}
<p><strong>Respectfully Sheweth:</strong></p>
<ol>
<li>That the petitioner has been involved in case ${firParticulars}. A copy of the FIR is annexed.</li>
<li>That the petitioner was arrested in this case on {{arrest.date}} and has been confined in judicial lock-up since then.</li>
${earlierBail}
</ol>
${briefFacts}
${groundsOpen}
${statutoryDelayGround}
<li>That the petitioner is innocent and has been falsely implicated in this case with mala fide intention and ulterior motives.</li>
<li>That the alleged occurrence, even if taken at face value, lacks the design or purpose required by section 6 of the Anti-Terrorism Act, 1997; section 7 of the Act is not attracted (Ghulam Hussain v. The State, PLD 2020 SC 61), and the case is at best triable by the ordinary courts.</li>
<li>That there are no reasonable grounds for believing that the petitioner has committed the offences alleged; the case calls for further inquiry within the meaning of section 497(2) Cr.P.C.</li>
<li>That no recovery has been effected from the petitioner and nothing remains to be recovered.</li>
<li>That the investigation is complete and the petitioner is no longer required for it.</li>
<li>That the petitioner has no previous criminal record and is ready to furnish surety to the satisfaction of this Court.</li>
${closingGround}
${groundsClose}
${subheading('PRAYER')}
<p>It is, therefore, most respectfully prayed that the petitioner may kindly be admitted to post-arrest bail in case ${firParticulars}, till the final decision of the case. ${otherRelief}</p>
${signature('Petitioner', '{{#if forum.isHighCourt}}Advocate High Court{{else}}Advocate{{/if}}')}
{{#if forum.isHighCourt}}
${affidavit('forum')}
{{else}}
${verification('forum')}
{{/if}}`),
};
