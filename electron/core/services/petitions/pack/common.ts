/*
 * Parts the shipped petitions share, as Handlebars HTML (the draft conventions in ../types.ts).
 * A court is named by its merge-data prefix: "hc", "homeHc", "sessions" or "forum".
 * Text that only states the law is fixed here; every fact comes from the case, and a fact the
 * case lacks is asked for before drafting.
 */

export type Court = 'hc' | 'homeHc' | 'sessions' | 'forum';

export const en = (body: string): string => `<article dir="ltr" lang="en">\n${body}\n</article>`;
export const ur = (body: string): string => `<article dir="rtl" lang="ur">\n${body}\n</article>`;

export const heading = (court: Court): string => `<h1 style="text-align: center">{{${court}.heading}}</h1>`;

/** The number the court gave, else the blank the registry fills in ("Crl. Misc. No. ______ of 2026"). */
export const numberLine = (court: Court, blank = 'Crl. Misc. No.'): string =>
  `<p style="text-align: center"><strong>{{#if ${court}.caseNumber}}{{${court}.caseNumber}}{{else}}${blank} ______ of {{today.year}}{{/if}}</strong></p>`;

export const title = (text: string): string => `<h2 style="text-align: center"><u>${text}</u></h2>`;
export const subheading = (text: string): string => `<h3 style="text-align: center"><u>${text}</u></h3>`;

// ---------- English ----------

/** "Sadia Jaffar d/o Muhammad Jaffar, resident of …": a party as pleadings describe one. */
export const describeClient = `{{client.fullName}} {{client.relation}} {{client.guardianName}}, resident of {{client.address}}{{#if client.cnic}} (CNIC No. {{client.cnic}}){{/if}}`;

/** FIR particulars in the order orders cite them: number, date, offences, police station. */
export const firParticulars = `FIR No. {{fir.number}} dated {{fir.date}}, offence u/s {{offencesText}}, {{fir.registeredAt}}`;

export const firLine = `<p style="text-align: center"><strong>${firParticulars}</strong></p>`;
export const firLineIfAny = `{{#if fir.number}}${firLine}{{/if}}`;

const row = (left: string, right: string) =>
  `<tr><td><p>${left}</p></td><td><p style="text-align: right"><strong>${right}</strong></p></td></tr>`;
const versus = (word: string) =>
  `<tr><td colspan="2"><p style="text-align: center"><strong>${word}</strong></p></td></tr>`;

export const parties = (opts: {
  petitioner?: string;
  petitionerRole?: string;
  respondents?: string;
  respondentsRole?: string;
  /** Say that the petitioner is in jail (bail, suspension); not for protective bail. */
  custody?: boolean;
}): string =>
  [
    '<table>',
    row(
      `${opts.petitioner ?? describeClient}.${opts.custody === false ? '' : '{{#if arrest.inCustody}} (Presently confined in judicial lock-up.){{/if}}'}`,
      opts.petitionerRole ?? '……Petitioner',
    ),
    versus('VERSUS'),
    row(opts.respondents ?? 'The State, etc.', opts.respondentsRole ?? '……Respondents'),
    '</table>',
  ].join('\n');

/** The case title on a short application in a pending case: "The State VERSUS Sadia Jaffar". */
export const caseTitle = `<p style="text-align: center"><strong>The State VERSUS {{client.fullName}}</strong></p>`;

/** Earlier bail petitions: the dismissed one named with its court and order, and that none is pending. */
export const earlierBail = `{{#if bail.lastDismissed}}
<li>That the petitioner earlier applied for {{bail.lastDismissed.kind}} before the {{bail.lastDismissed.forum}}, which was dismissed vide order dated {{bail.lastDismissed.orderDate}}; hence this petition. A copy of that order is annexed.</li>
{{/if}}
{{#unless bail.hasPending}}
<li>That no other petition for bail of the petitioner in this case is pending before this Honourable Court or any other Court.</li>
{{/unless}}`;

/** CrPC 497(1) first proviso: a woman may be released on bail even within the prohibitory clause. */
export const womanGround = `{{#if client.isWoman}}
<li>That the petitioner is a woman. Under the first proviso to section 497(1) Cr.P.C. a woman accused may be released on bail even where the offence alleged falls within the prohibitory clause, and the concession is to be extended to her as a rule, save in exceptional circumstances, none of which exists here.</li>
{{/if}}`;

/** CrPC 497(1) third proviso: continuous custody beyond the statutory period, trial not concluded. */
export const statutoryDelayGround = `{{#if arrest.statutoryPassed}}
<li>That the petitioner has remained in continuous custody since {{arrest.date}}, that is for {{arrest.daysInCustody}} days, a period exceeding {{arrest.statutoryPeriod}}, and the trial has not concluded; the delay has not been occasioned by any act or omission of the petitioner or of any person acting on the petitioner's behalf. The petitioner is therefore entitled to be released on bail as of right under the third proviso to section 497(1) Cr.P.C. (Shakeel Shah's case, 2022 SCMR 1).</li>
{{/if}}`;

export const prohibitoryGround = `{{#unless arrest.capitalCharge}}
<li>That none of the offences alleged falls within the prohibitory clause of section 497(1) Cr.P.C.; in such offences the grant of bail is the rule and its refusal an exception (Tariq Bashir v. The State, PLD 1995 SC 34; Muhammad Tanveer v. The State, PLD 2017 SC 733).</li>
{{/unless}}`;

export const closingGround = `<li>That further grounds shall be urged at the time of arguments with the permission of this Honourable Court.</li>`;

export const briefFacts = `<p><strong>Brief facts:</strong></p>
<section data-section="facts">
<p>That the allegation against the petitioner in the FIR, in brief, is that [state the prosecution's allegation as written in the FIR, and the petitioner's version].</p>
</section>`;

export const groundsOpen = `${subheading('GROUNDS')}
<section data-section="grounds">
<ol type="A">`;
export const groundsClose = `</ol>
</section>`;

export const otherRelief = `Any other relief which this Honourable Court deems just and proper may also be granted.`;

export const signature = (
  party = 'Petitioner',
  designation = 'Advocate High Court',
): string => `<p style="text-align: right"><strong>${party}</strong></p>
<p style="text-align: right">Through Counsel</p>
<p style="text-align: right"><strong>{{counsel.name}}</strong></p>
<p style="text-align: right">${designation}</p>
<p>Dated: {{today.date}}</p>`;

/** A petition verified by the petitioner (Sessions Courts, short applications). */
export const verification = (court: Court, party = 'Petitioner'): string => `${subheading('VERIFICATION')}
<p>Verified on oath at {{${court}.city}} on this {{today.long}} that the contents of the above petition are true and correct to the best of my knowledge and belief and nothing has been concealed therefrom.</p>
<p style="text-align: right"><strong>${party}</strong></p>`;

/** High Court petitions are supported by the petitioner's affidavit. */
export const affidavit = (
  court: Court,
  caption = 'The State, etc.',
): string => `<h1 style="text-align: center">{{${court}.heading}}</h1>
<p style="text-align: center"><strong>{{client.fullName}} VERSUS ${caption}</strong></p>
${subheading('AFFIDAVIT')}
<p>I, ${describeClient}, do hereby solemnly affirm and declare on oath as under:</p>
<ol>
<li>That I am the petitioner in the accompanying petition and am fully conversant with the facts of the case.</li>
<li>That the contents of the accompanying petition are true and correct to the best of my knowledge and belief and nothing has been concealed therefrom.</li>
</ol>
<p style="text-align: right"><strong>DEPONENT</strong></p>
${subheading('VERIFICATION')}
<p>Verified on oath at {{${court}.city}} on this {{today.long}} that the contents of the above affidavit are true and correct to the best of my knowledge and belief and nothing has been concealed therefrom.</p>
<p style="text-align: right"><strong>DEPONENT</strong></p>`;

/** The High Court's office requires the petitioner's certificate that no such petition was filed before it. */
export const certificate = `${subheading('CERTIFICATE')}
<p>Certified that no other petition for the same relief has been filed by the petitioner before this Honourable Court in the above case{{#if bail.lastDismissed}}, and that the earlier petition described above was decided by the {{bail.lastDismissed.forum}}{{/if}}.</p>
<p style="text-align: right"><strong>Counsel</strong></p>`;

// ---------- Urdu ----------

export const describeClientUr = `{{client.nameUr}} {{client.relationUr}} {{client.guardianNameUr}}، سکنہ {{client.addressUr}}{{#if client.cnic}}، شناختی کارڈ نمبر {{client.cnic}}{{/if}}`;

/** مقدمہ نمبر، مورخہ، بجرم، تھانہ: the FIR particulars in the same order. */
export const firParticularsUr = `مقدمہ نمبر {{fir.number}} مورخہ {{fir.date}} بجرم {{offencesTextUr}} تھانہ {{fir.policeStationUr}}، ضلع {{fir.districtUr}}`;
export const firLineUr = `<p style="text-align: center"><strong>${firParticularsUr}</strong></p>`;
export const firLineIfAnyUr = `{{#if fir.number}}${firLineUr}{{/if}}`;

const rowUr = (right: string, left: string) =>
  `<tr><td><p>${right}</p></td><td><p style="text-align: left"><strong>${left}</strong></p></td></tr>`;

export const partiesUr = (opts: { respondents?: string; respondentsRole?: string } = {}): string =>
  [
    '<table>',
    rowUr(`${describeClientUr}۔{{#if arrest.inCustody}} (حال مقید جوڈیشل لاک اپ){{/if}}`, '……{{ur.petitioner}}'),
    versus('بنام'),
    rowUr(opts.respondents ?? 'سرکار وغیرہ', opts.respondentsRole ?? '……مسئول علیہم'),
    '</table>',
  ].join('\n');

export const caseTitleUr = `<p style="text-align: center"><strong>سرکار بنام {{client.nameUr}}</strong></p>`;

export const earlierBailUr = `{{#if bail.lastDismissed}}
<li>یہ کہ {{ur.petitioner}} کی درخواست ضمانت قبل ازیں {{bail.lastDismissed.forumUr}} سے بحکم مورخہ {{bail.lastDismissed.orderDate}} خارج ہو چکی ہے، جس کی نقل لف ہے؛ لہٰذا یہ درخواست پیش ہے۔</li>
{{/if}}
{{#unless bail.hasPending}}
<li>یہ کہ {{ur.petitioner}} کی کوئی اور درخواست ضمانت اس مقدمہ میں کسی بھی عدالت میں زیر سماعت نہ ہے۔</li>
{{/unless}}`;

export const womanGroundUr = `{{#if client.isWoman}}
<li>یہ کہ سائلہ ایک خاتون ہے۔ دفعہ 497(1) ض ف کے پہلے فقرۂ شرطیہ کے تحت خاتون ملزمہ کو ممنوعہ شق کے دائرہ میں آنے والے جرم میں بھی ضمانت پر رہا کیا جا سکتا ہے، اور یہ رعایت ماسوائے غیر معمولی حالات کے بطور اصول دی جاتی ہے، جبکہ موجودہ مقدمہ میں ایسے کوئی حالات موجود نہ ہیں۔</li>
{{/if}}`;

export const statutoryDelayGroundUr = `{{#if arrest.statutoryPassed}}
<li>یہ کہ {{ur.petitioner}} مورخہ {{arrest.date}} سے مسلسل حراست میں ہے، یعنی {{arrest.daysInCustody}} دن سے، جو قانونی مدت سے زائد ہے، اور ٹرائل تاحال مکمل نہ ہوا ہے؛ تاخیر {{ur.petitioner}} یا اس کی جانب سے کسی شخص کے فعل سے نہ ہوئی ہے۔ لہٰذا دفعہ 497(1) ض ف کے تیسرے فقرۂ شرطیہ کے تحت {{ur.petitioner}} بطور حق ضمانت پر رہائی کا مستحق ہے۔</li>
{{/if}}`;

export const prohibitoryGroundUr = `{{#unless arrest.capitalCharge}}
<li>یہ کہ الزام کردہ جرائم میں سے کوئی بھی دفعہ 497(1) ض ف کی ممنوعہ شق کے دائرہ میں نہیں آتا؛ ایسے جرائم میں ضمانت دینا اصول اور انکار استثنا ہے۔</li>
{{/unless}}`;

export const closingGroundUr = `<li>یہ کہ دیگر وجوہات بوقت بحث بااجازت عدالت پیش کی جائیں گی۔</li>`;

export const briefFactsUr = `<p><strong>مختصر حالات:</strong></p>
<section data-section="facts">
<p>یہ کہ ایف آئی آر کے مطابق الزام مختصراً یہ ہے کہ [ایف آئی آر میں درج الزام اور {{ur.petitioner}} کا موقف تحریر کریں]۔</p>
</section>`;

export const groundsOpenUr = (head = 'وجوہات درخواست'): string => `${subheading(head)}
<section data-section="grounds">
<ol>`;

export const signatureUr = (
  party = '{{ur.petitioner}}',
): string => `<p style="text-align: left"><strong>${party}</strong></p>
<p style="text-align: left">بذریعہ وکیل</p>
<p style="text-align: left"><strong>{{counsel.name}}</strong> ایڈووکیٹ</p>
<p>مورخہ: {{today.date}}</p>`;

export const verificationUr = (party = '{{ur.petitioner}}'): string => `${subheading('تصدیق')}
<p>تصدیق کی جاتی ہے کہ درخواست ہذا کے مندرجات میرے علم و یقین کے مطابق درست ہیں اور کوئی امر پوشیدہ نہ رکھا گیا ہے۔ مورخہ {{today.ur}}۔</p>
<p style="text-align: left"><strong>${party}</strong></p>`;
