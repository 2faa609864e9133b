import type { ShippedTemplate } from '../types';
import {
  affidavit,
  closingGround,
  describeClient,
  en,
  firLineIfAny,
  groundsClose,
  groundsOpen,
  heading,
  numberLine,
  otherRelief,
  signature,
  subheading,
  title,
} from './common';

const respondents = `<ol>
<li>{{respondents.government}};</li>
<li>{{respondents.police}};</li>
{{#if respondents.agency}}<li>{{respondents.agency}};</li>{{/if}}
{{#if respondents.sho}}<li>{{respondents.sho}}.</li>{{/if}}
</ol>`;

/**
 * Habeas corpus in the High Court: Article 199(1)(b)(i) of the Constitution read with CrPC 491,
 * filed by a relative for the detenu (pakistan-law.md §5.2).
 */
export const habeas: ShippedTemplate = {
  id: 'habeas-199-491-en',
  name: 'Habeas corpus (Art. 199 and s.491 Cr.P.C.), High Court',
  language: 'en',
  description:
    "A relative's petition for the production and release of a detenu held without lawful authority, with the affidavit.",
  source: en(`${heading('hc')}
${numberLine('hc')}
<table>
<tr><td><p>${describeClient}.</p></td><td><p style="text-align: right"><strong>……Petitioner</strong></p></td></tr>
<tr><td colspan="2"><p style="text-align: center"><strong>VERSUS</strong></p></td></tr>
<tr><td>${respondents}</td><td><p style="text-align: right"><strong>……Respondents</strong></p></td></tr>
</table>
${title('PETITION UNDER ARTICLE 199 OF THE CONSTITUTION OF THE ISLAMIC REPUBLIC OF PAKISTAN, 1973 READ WITH SECTION 491 Cr.P.C. FOR THE RECOVERY AND PRODUCTION OF THE DETENU')}
${firLineIfAny}
<p><strong>Respectfully Sheweth:</strong></p>
<ol>
<li>That the petitioner is the {{detenu.kinship}} of the detenu, {{detenu.fullName}} {{detenu.relation}} {{detenu.guardianName}}{{#if detenu.address}}, resident of {{detenu.address}}{{/if}}, and files this petition on the detenu's behalf.</li>
<li>That on {{arrest.date}} the detenu was taken into custody by officials of the respondents and has since been kept in illegal and improper confinement; the detenu has not been produced before any Magistrate, and no case, order or authority for the detention has been disclosed to the family.</li>
</ol>
<section data-section="facts">
<p>That [describe where, when and by whom the detenu was taken, the efforts made to trace the detenu, and the applications moved to the police and other authorities with their replies].</p>
</section>
${groundsOpen}
<li>That the detenu is held without lawful authority and in an unlawful manner, in violation of Articles 4, 9, 10, 10-A and 14 of the Constitution; this Honourable Court may direct that the detenu be brought before it and set at liberty under Article 199(1)(b)(i) of the Constitution and section 491 Cr.P.C.</li>
<li>That under Article 10(2) of the Constitution every person arrested and detained in custody must be produced before a Magistrate within twenty-four hours of the arrest; the detenu has not been so produced.</li>
<li>That every day of illegal confinement causes irreparable harm to the detenu's life, liberty and dignity, and the family fears for the detenu's safety.</li>
<li>That the petitioner has no other adequate and efficacious remedy.</li>
${closingGround}
${groundsClose}
${subheading('PRAYER')}
<p>It is, therefore, most respectfully prayed that the respondents may kindly be directed to produce the detenu, {{detenu.fullName}}, before this Honourable Court forthwith, and the detenu be set at liberty if found in illegal and improper custody. It is further prayed that a bailiff may be appointed to recover the detenu from the custody of the respondents and to produce the detenu before this Honourable Court. ${otherRelief}</p>
${signature()}
${affidavit('hc', 'Government, etc.')}`),
};
