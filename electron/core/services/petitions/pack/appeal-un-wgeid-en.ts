import type { ShippedTemplate } from '../types';
import { en, subheading, title } from './common';
import {
  blank,
  consentBlock,
  incidentsBlock,
  facts,
  identityNote,
  personBlock,
  stepsBlock,
  submittedBy,
} from './appeal-common';

/** A case submission to the UN Working Group on Enforced or Involuntary Disappearances. */
export const appealUnWgeid: ShippedTemplate = {
  id: 'appeal-un-wgeid-en',
  name: 'Submission: UN Working Group on Enforced or Involuntary Disappearances',
  language: 'en',
  description: 'A case submission to the UN Working Group on Enforced or Involuntary Disappearances.',
  source:
    en(`<p>To: The Working Group on Enforced or Involuntary Disappearances<br>Office of the United Nations High Commissioner for Human Rights<br>${blank('submission address or e-mail, and the current submission form: check on the OHCHR website before sending')}</p>
${title('SUBMISSION OF A CASE OF ENFORCED DISAPPEARANCE')}
<p><strong>State concerned: Pakistan</strong></p>
${identityNote}
{{#unless identified}}<p>${blank('check whether the Working Group can register a case without the name of the person concerned; if not, ask the family for consent before sending')}</p>{{/unless}}
${subheading('1. Identity of the person concerned')}
${personBlock}
${subheading('2. Date and place of the disappearance')}
${facts(false)}
${subheading('3. Forces believed to be responsible')}
<p>{{#if lastSeen.takenBy}}As the family describes it: {{lastSeen.takenBy}}{{else}}${blank('who took the person, as the family and witnesses describe them: uniforms, vehicles, agencies named')}{{/if}}</p>
${incidentsBlock}
<section data-section="facts"><p>${blank('any further information: witnesses, previous threats, the work of the person concerned')}</p></section>
${subheading('4. Action taken by the family and counsel in Pakistan')}
${stepsBlock}
<p>Pakistan's remedies used: a habeas corpus petition to the High Court (Article 199(1)(b)(i) of the Constitution and section 491 Cr.P.C.) and a complaint to the Commission of Inquiry on Enforced Disappearances, constituted on 1 March 2011 under the Pakistan Commissions of Inquiry Act 1956 (SRO 149(I)/2011), which can issue production orders. ${blank('strike out a remedy not used')}</p>
${subheading('5. Source of the information')}
${consentBlock}
${submittedBy}`),
};
