/*
 * Parts the appeals and complaints drafted from a disappearance record share (issue 10, part B),
 * as Handlebars HTML (the draft conventions in ../types.ts). Data: services/appeals/merge-data.ts.
 * Without consent the data holds no identifying value, so these parts only ever print the
 * description ("a woman journalist from District Quetta"). Facts of Pakistani law follow
 * shared/domain/pakistan-law.md §5.2; anything not verified there (addresses, the provisions a
 * body acts under) is a «[bracketed]» blank for the lawyer to fill and check.
 */

export const blank = (what: string): string => `«[${what}]»`;

/** Said at the top of every draft made without consent, so nobody sends it thinking otherwise. */
export const identityNote = `{{#unless identified}}<p><em>Identity withheld: the person concerned (or the family) has not consented to their identity being shared with the {{recipient.name}}. Names, identity card numbers, addresses, telephone numbers, the exact place and case numbers are left out. They can be provided if consent is given.</em></p>{{/unless}}`;

export const personBlock = `{{#if identified}}<ul>
<li>Name: {{subject.name}}</li>
{{#if subject.guardianName}}<li>{{#if subject.relation}}{{subject.relation}}{{else}}Father or husband{{/if}}: {{subject.guardianName}}</li>{{/if}}
{{#if subject.cnic}}<li>CNIC No.: {{subject.cnic}}</li>{{/if}}
{{#if subject.address}}<li>Address: {{subject.address}}</li>{{/if}}
<li>Description: {{subject.description}}</li>
</ul>{{else}}<p>The person concerned is {{subject.description}}. Further identifying details are withheld (see above).</p>{{/if}}`;

/** Where and when last seen, and the days missing; `takenBy` false where a later section says who took them. */
export const facts = (
  takenBy = true,
): string => `<p>{{#if identified}}{{subject.name}}{{else}}The person concerned{{/if}} was last seen on {{lastSeen.date}}{{#if lastSeen.time}} at about {{lastSeen.time}}{{/if}}{{#if lastSeen.district}} in District {{lastSeen.district}}{{/if}}{{#if lastSeen.place}} ({{lastSeen.place}}){{/if}}{{#if lastSeen.with}}, in the company of {{lastSeen.with}}{{/if}}.${takenBy ? '{{#if lastSeen.takenBy}} As the family describes it: {{lastSeen.takenBy}}{{/if}}' : ''}</p>
{{#if stillMissing}}<p><strong>As of {{today.long}}, {{subject.short}} has been missing for {{daysMissing}} days.</strong> {{subject.He}} has not been produced before any court, and no authority has acknowledged holding {{subject.him}} or disclosed {{subject.his}} whereabouts.</p>{{else}}<p>On {{outcome.date}}, after {{daysMissing}} days, {{subject.short}} {{outcome.words}}.{{#if outcome.note}} {{outcome.note}}{{/if}}</p>{{/if}}`;

export const factsBlock = facts();

export const stepsBlock = `{{#if hasSteps}}<ol>
{{#each steps}}<li>{{date}}: {{label}}{{#if reference}} ({{reference}}){{/if}}{{#if note}}. {{note}}{{/if}}</li>{{/each}}
</ol>{{else}}<p>${blank('Steps taken by the family and counsel: the police, the courts, the Commission')}</p>{{/if}}
{{#if hasOrders}}<p>Orders to produce the person concerned:</p>
<ul>
{{#each orders}}<li>{{court}} ordered on {{orderedOn}} that {{../subject.short}} be produced by {{produceBy}}: {{#if obeyed}}produced on {{obeyedOn}}.{{else}}{{#if notObeyed}}<strong>not obeyed</strong>.{{else}}the date has not yet come.{{/if}}{{/if}}</li>{{/each}}
</ul>{{/if}}
{{#if hasSittings}}<p>Hearings of the Commission and sittings of the Joint Investigation Team:</p>
<ul>
{{#each sittings}}<li>{{date}}: {{label}}{{#if note}}. {{note}}{{/if}}</li>{{/each}}
</ul>{{/if}}`;

export const consentBlock = `{{#if identified}}<p>Consent: {{consent.by}}{{#if consent.name}}, {{consent.name}},{{/if}} consented {{consent.how}} on {{consent.date}} to the identity of the person concerned being shared with the {{recipient.name}}.</p>{{else}}<p>Consent: no consent to share the identity of the person concerned with the {{recipient.name}} has been recorded. This communication therefore withholds it.</p>{{/if}}`;

export const submittedBy = `<p>Submitted by: {{#if counsel.name}}{{counsel.name}}{{else}}${blank('name of counsel')}{{/if}}, counsel for the family, ${blank('organisation, address, e-mail and telephone for replies')}.</p>
<p>Date: {{today.long}}</p>`;

export const incidentsBlock = `{{#if hasIncidents}}<p>Incidents recorded before and around the disappearance:</p>
<ol>
{{#each incidents}}<li>{{date}}: {{kind}}{{#if place}}, at {{place}}{{/if}}; alleged: {{alleged}}{{#if description}} ({{description}}){{/if}}. {{narrative}}{{#if reports}} Reported: {{reports}}.{{/if}}</li>{{/each}}
</ol>{{/if}}`;
