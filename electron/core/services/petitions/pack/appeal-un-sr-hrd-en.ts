import type { ShippedTemplate } from '../types';
import { en, subheading, title } from './common';
import {
  blank,
  consentBlock,
  incidentsBlock,
  factsBlock,
  identityNote,
  personBlock,
  stepsBlock,
  submittedBy,
} from './appeal-common';

/** An urgent appeal to the UN Special Rapporteur on the situation of human rights defenders. */
export const appealUnSrHrd: ShippedTemplate = {
  id: 'appeal-un-sr-hrd-en',
  name: 'Urgent appeal: UN Special Rapporteur on human rights defenders',
  language: 'en',
  description: 'An urgent appeal to the UN Special Rapporteur on the situation of human rights defenders.',
  source:
    en(`<p>To: The Special Rapporteur on the situation of human rights defenders<br>Office of the United Nations High Commissioner for Human Rights<br>${blank('submission address or e-mail: check on the OHCHR website before sending')}</p>
${title('URGENT APPEAL')}
<p><strong>Subject: enforced disappearance of {{#if identified}}{{subject.name}}, {{/if}}{{subject.description}}, missing since {{lastSeen.date}}</strong></p>
${identityNote}
${subheading('1. The person concerned')}
${personBlock}
${subheading('2. The facts')}
${factsBlock}
${incidentsBlock}
<section data-section="facts"><p>${blank('the work of the person concerned as a human rights defender, threats or incidents before the disappearance, and why it is believed to be connected to that work')}</p></section>
${subheading('3. Steps taken in Pakistan')}
${stepsBlock}
${subheading('4. Request')}
<section data-section="request"><p>We respectfully request the Special Rapporteur to take up this case urgently with the Government of Pakistan, and to call upon the authorities to:</p>
<ol>
<li>disclose the fate and whereabouts of {{subject.short}} and, if {{subject.he}} is held by any agency, produce {{subject.him}} before a court without delay;</li>
<li>release {{subject.him}} unless {{subject.he}} is charged with a recognisable offence and brought before a court;</li>
<li>protect the family and counsel from threats and reprisals for seeking {{subject.his}} recovery;</li>
<li>investigate the disappearance and bring those responsible to account.</li>
</ol></section>
${subheading('5. Consent and contact')}
${consentBlock}
${submittedBy}`),
};
