import { afterEach, describe, expect, test } from 'vitest';
import { KNOWN_FIELDS } from '../../electron/core/services/petitions/merge-data';
import { renderPetition, templatePaths } from '../../electron/core/services/petitions/render';
import { SHIPPED_TEMPLATES } from '../../electron/core/services/petitions/templates';
import type { MergeData, ShippedTemplate } from '../../electron/core/services/petitions/types';
import { makeUnlockedApp, type TestApp } from '../support/context';
import { clientData } from '../support/factories';
import { addPersonas, habeas } from '../support/personas';
import {
  ANSWERS,
  completeCase,
  dismissedPetition,
  everything,
  FIR_EN,
  FIR_UR,
  IMRAN,
  mergeData,
  SADIA,
  TODAY,
} from '../support/petition-fixture';

/*
 * The shipped petition pack, drafted from cases built through dispatch on a real encrypted
 * database (pakistan-law.md §2 and §5). Today: Friday 27 November 2026 in Pakistan.
 */

let app: TestApp;
afterEach(() => app?.cleanup());

const start = async () => {
  app = await makeUnlockedApp({ now: '2026-11-27T05:00:00.000Z' });
  return app;
};

const template = (id: string): ShippedTemplate => {
  const t = SHIPPED_TEMPLATES.find((x) => x.id === id);
  if (!t) throw new Error(`no template ${id}`);
  return t;
};

const render = (id: string, data: MergeData, answers: Record<string, string> = {}) =>
  renderPetition(template(id), data, answers);

/** The text of the draft without tags, for reading it as the court would. */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const URDU = /[\u0600-\u06FF]/;

describe('the shipped pack', () => {
  test('has the post-arrest, pre-arrest, ATA, protective, s.426, habeas, quashment, copy, adjournment and vakalatnama petitions, in English and Urdu', () => {
    expect(SHIPPED_TEMPLATES.map((t) => t.id)).toEqual([
      'bail-497-hc-en',
      'bail-497-sessions-en',
      'bail-497-sessions-ur',
      'bail-498-en',
      'bail-498-ur',
      'bail-ata-21d-en',
      'protective-bail-en',
      'suspension-426-en',
      'habeas-199-491-en',
      'quashment-561a-en',
      'certified-copy-en',
      'certified-copy-ur',
      'adjournment-en',
      'adjournment-ur',
      'vakalatnama-en',
      'vakalatnama-ur',
    ]);
    for (const t of SHIPPED_TEMPLATES) expect(t.id.endsWith(`-${t.language}`)).toBe(true);
  });

  test('every field a template prints or tests is a known merge field', () => {
    const known = new Set(KNOWN_FIELDS.map((f) => f.field));
    for (const t of SHIPPED_TEMPLATES) {
      const unknown = templatePaths(t.source).filter((p) => !known.has(p));
      expect(unknown, t.id).toEqual([]);
    }
  });

  test('every known merge field is in the merge data of a complete case (null when absent, never "")', async () => {
    await start();
    const c = await everything(app);
    const data = mergeData(app, c.caseId);
    const at = (path: string) =>
      path.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as MergeData)[k] : undefined), data);
    for (const { field, label } of KNOWN_FIELDS) {
      expect(label.length, field).toBeGreaterThan(0);
      if (field.includes('[]') || field.startsWith('bail.pending')) continue;
      expect(at(field), field).not.toBeUndefined();
    }
    const strings = JSON.stringify(data).match(/:""/g);
    expect(strings).toBeNull();
  });
});

describe('each template from a case with every fact', () => {
  test.each(SHIPPED_TEMPLATES.map((t) => [t.id]))(
    '%s renders with nothing missing and the FIR particulars in order',
    async (id) => {
      await start();
      const c = await everything(app);
      const { html, missing } = render(id, mergeData(app, c.caseId), ANSWERS);
      expect(missing).toEqual([]);
      expect(html).not.toContain('«[');
      const t = template(id);
      if (t.language === 'ur') {
        expect(html).toMatch(/^<article dir="rtl" lang="ur">/);
        // Number, date, offences, police station: in that order, as the orders cite an FIR.
        expect(text(html)).toContain(FIR_UR);
        expect(text(html)).toContain('سعدیہ جعفر');
        if (!/certified|adjournment/.test(id)) expect(text(html)).toContain('سعدیہ جعفر دختر محمد جعفر');
      } else {
        expect(html).toMatch(/^<article dir="ltr" lang="en">/);
        expect(text(html)).toContain(FIR_EN);
        expect(text(html)).toContain('Sadia Jaffar');
        expect(text(html)).not.toMatch(URDU);
      }
      expect(html).toMatch(/<\/article>$/);
      expect(text(html)).not.toMatch(/\b(null|undefined|NaN)\b/);
    },
  );

  test('a High Court bail petition: heading, blank number, parties, title, earlier refusal, prayer, certificate and affidavit', async () => {
    await start();
    const c = await everything(app);
    const { html } = render('bail-497-hc-en', mergeData(app, c.caseId), ANSWERS);
    const t = text(html);
    expect(html).toContain('<h1 style="text-align: center">IN THE ISLAMABAD HIGH COURT, ISLAMABAD</h1>');
    expect(t).toContain('Crl. Misc. No. ______ of 2026');
    expect(t).toContain(
      'Sadia Jaffar d/o Muhammad Jaffar, resident of House No. 14, Street 7, Model Town, Lahore (CNIC No. 35202-2345678-4)',
    );
    expect(t).toMatch(/……Petitioner VERSUS The State, etc\. ……Respondents/);
    expect(t).toContain('PETITION UNDER SECTION 497 Cr.P.C. FOR GRANT OF POST-ARREST BAIL');
    expect(t).toContain('Respectfully Sheweth:');
    expect(t).toContain('arrested in this case on 03.10.2026');
    expect(t).toContain(
      'earlier applied for post-arrest bail under section 497 Cr.P.C. before the learned Additional Sessions Judge, Islamabad (West), which was dismissed vide order dated 20.10.2026',
    );
    expect(t).toContain(
      'It is, therefore, most respectfully prayed that the petitioner may kindly be admitted to post-arrest bail',
    );
    expect(t).toMatch(/Through Counsel Imaan Hazir Advocate High Court Dated: 27\.11\.2026/);
    expect(t).toContain('CERTIFICATE');
    expect(t).toMatch(/AFFIDAVIT I, Sadia Jaffar d\/o Muhammad Jaffar/);
    expect(t).toContain('Verified on oath at Islamabad on this 27th day of November, 2026');
    expect(html).toMatch(/<section data-section="grounds"><ol type="A"><li>/);
    // Grounds the lawyer replaces: further inquiry, the prohibitory clause, mala fide, delay in the FIR.
    expect(t).toContain('further inquiry within the meaning of section 497(2) Cr.P.C.');
    expect(t).toContain('prohibitory clause of section 497(1) Cr.P.C.');
    expect(t).toContain('mala fide');
    expect(t).toContain('delay in lodging the FIR');
  });

  test('the court comes from the case: a Sessions Court heading for the FIR district when no forum is recorded, the case number when the court gave one', async () => {
    await start();
    const c = await completeCase(app, {
      forumId: null,
      policeStationId: null,
      firDistrict: 'Lahore',
      investigatingAgency: 'police',
    });
    const data = mergeData(app, c.caseId);
    expect(text(render('bail-497-sessions-en', data, ANSWERS).html)).toContain(
      'IN THE COURT OF SESSIONS JUDGE, LAHORE',
    );
    expect(render('bail-497-sessions-ur', data, ANSWERS).html).toContain('بعدالت جناب سیشن جج صاحب، لاہور');
    expect(text(render('bail-497-hc-en', data, ANSWERS).html)).toContain('IN THE LAHORE HIGH COURT, LAHORE');

    const c2 = await completeCase(app, { forumId: 'seed:lhc-rwp', caseNumber: 'Crl. Misc. No. 8959-B of 2026' });
    const hc = text(render('bail-497-hc-en', mergeData(app, c2.caseId), ANSWERS).html);
    expect(hc).toContain('IN THE LAHORE HIGH COURT, RAWALPINDI BENCH, RAWALPINDI');
    expect(hc).toContain('Crl. Misc. No. 8959-B of 2026');
    expect(hc).not.toContain('______');
  });

  test('a pre-arrest bail petition in the High Court carries the affidavit; in the Sessions Court the verification', async () => {
    await start();
    const c = await completeCase(app, { custodyStatus: 'not_arrested', arrestDate: null, forumId: 'seed:ihc' });
    const hc = text(render('bail-498-en', mergeData(app, c.caseId), ANSWERS).html);
    expect(hc).toContain('PETITION UNDER SECTION 498 Cr.P.C. FOR GRANT OF PRE-ARREST BAIL');
    expect(hc).toContain('AFFIDAVIT');
    expect(hc).toContain('Advocate High Court');
    expect(hc).not.toContain('Presently confined');
    const c2 = await completeCase(app, { custodyStatus: 'not_arrested', arrestDate: null });
    const sessions = text(render('bail-498-en', mergeData(app, c2.caseId), ANSWERS).html);
    expect(sessions).toContain('IN THE COURT OF ADDITIONAL SESSIONS JUDGE, ISLAMABAD (WEST)');
    expect(sessions).not.toContain('AFFIDAVIT');
    expect(sessions).toContain('VERIFICATION');
  });
});

describe('a field the case lacks', () => {
  test('is reported with its label and shown as a marker, never printed blank; answers fill it', async () => {
    await start();
    const bare = await app.must('clients:create', clientData({ fullName: 'Naveed Akhtar', gender: 'male' }));
    const c = await completeCase(app);
    await app.must('cases:update', {
      id: c.caseId,
      data: {
        caseType: 'bail',
        parties: [{ clientId: bare.id, role: 'accused' }],
        firNumber: '112/2026',
        firDate: '2026-10-02',
        policeStationId: c.stationId,
        firDistrict: 'Islamabad',
        offences: [{ statute: 'PECA', section: '26-A' }],
        forumId: c.courtId,
        custodyStatus: 'in_custody',
        arrestDate: '2026-10-03',
        team: [],
      },
    });
    const data = mergeData(app, c.caseId);
    const first = render('bail-497-hc-en', data);
    expect(first.missing).toEqual([
      { field: 'client.relation', label: 'Relation to the father or husband (s/o, d/o, w/o)' },
      { field: 'client.guardianName', label: "Father's or husband's name" },
      { field: 'client.address', label: "Client's address" },
      { field: 'counsel.name', label: "Counsel's name" },
    ]);
    expect(first.html).toContain('«[Father&#x27;s or husband&#x27;s name]»');
    expect(first.html).toContain('«[Client&#x27;s address]»');
    expect(text(first.html)).not.toMatch(/Naveed Akhtar\s+,/);

    const answered = render('bail-497-hc-en', data, {
      'client.relation': 's/o',
      'client.guardianName': 'Akhtar Hussain',
      'client.address': 'Mohallah Islampura, Tehsil Kahuta, District Rawalpindi',
      'counsel.name': 'Usman Warraich',
    });
    expect(answered.missing).toEqual([]);
    expect(answered.html).not.toContain('«[');
    expect(text(answered.html)).toContain(
      'Naveed Akhtar s/o Akhtar Hussain, resident of Mohallah Islampura, Tehsil Kahuta, District Rawalpindi',
    );
    expect(text(answered.html)).toContain('Usman Warraich');
  });

  test('an Urdu draft asks for the Urdu spellings the case does not hold', async () => {
    await start();
    const c = await completeCase(app);
    const { missing, html } = render('bail-497-sessions-ur', mergeData(app, c.caseId));
    expect(missing.map((m) => m.field)).toEqual(['client.guardianNameUr', 'client.addressUr', 'fir.policeStationUr']);
    expect(html).toContain('«[Police station in Urdu]»');
  });

  test('the habeas petition of a mother for her disappeared son asks for what the case lacks', async () => {
    await start();
    const p = await addPersonas(app);
    const kase = await app.must('cases:create', habeas(p.mother.id, p.son.id));
    const data = mergeData(app, kase.id);
    const { missing } = render('habeas-199-491-en', data);
    expect(missing.map((m) => m.field)).toEqual([
      'client.relation',
      'client.guardianName',
      'client.address',
      'detenu.kinship',
      'detenu.relation',
      'detenu.guardianName',
      'arrest.date',
    ]);
    const answered = render('habeas-199-491-en', data, {
      'client.relation': 'w/o',
      'client.guardianName': 'Muhammad Siddique Qureshi',
      'client.address': 'House No. 5, Block C, Township, Lahore',
      'detenu.kinship': 'mother',
      'detenu.relation': 's/o',
      'detenu.guardianName': 'Muhammad Siddique Qureshi',
      'arrest.date': '02.11.2026',
    });
    expect(answered.missing).toEqual([]);
    const t = text(answered.html);
    expect(t).toContain('IN THE LAHORE HIGH COURT, LAHORE');
    expect(t).toContain('Crl. Misc. No. 27821-H of 2026');
    expect(t).toContain('Rukhsana Bibi w/o Muhammad Siddique Qureshi');
    expect(t).toContain('That the petitioner is the mother of the detenu, Imran Qureshi s/o Muhammad Siddique Qureshi');
    expect(t).toContain('Government of the Punjab through Secretary, Home Department, Lahore');
    expect(t).toContain('Inspector General of Police, Punjab, Lahore');
    expect(t).toContain('ARTICLE 199 OF THE CONSTITUTION');
    expect(t).toContain('SECTION 491 Cr.P.C.');
    expect(t).not.toContain('FIR No.');
  });
});

describe('conditional parts', () => {
  const WOMAN = 'first proviso to section 497(1) Cr.P.C.';
  const WOMAN_UR = 'پہلے فقرۂ شرطیہ';
  const DELAY = 'third proviso to section 497(1) Cr.P.C.';
  const DELAY_UR = 'تیسرے فقرۂ شرطیہ';

  test('the first proviso ground appears for a woman accused only', async () => {
    await start();
    const woman = await completeCase(app);
    const man = await completeCase(app);
    await app.must('clients:update', {
      id: man.sadia,
      data: { ...SADIA, fullName: 'Saad Jaffar', gender: 'male', guardianRelation: 'son_of' },
    });
    for (const id of ['bail-497-hc-en', 'bail-497-sessions-en']) {
      expect(render(id, mergeData(app, woman.caseId), ANSWERS).html).toContain(WOMAN);
      expect(render(id, mergeData(app, man.caseId), ANSWERS).html).not.toContain(WOMAN);
    }
    expect(render('bail-497-sessions-ur', mergeData(app, woman.caseId), ANSWERS).html).toContain(WOMAN_UR);
    const urMan = render('bail-497-sessions-ur', mergeData(app, man.caseId), ANSWERS).html;
    expect(urMan).not.toContain(WOMAN_UR);
    expect(urMan).toContain('……سائل<');
    // A client whose gender is not recorded is not assumed to be a woman.
    await app.must('clients:update', { id: man.sadia, data: { ...SADIA, gender: 'unknown' } });
    expect(render('bail-497-hc-en', mergeData(app, man.caseId), ANSWERS).html).not.toContain(WOMAN);
  });

  test('the statutory-delay ground appears only once custody exceeds one year (non-capital): not at 364 days, at 366', async () => {
    await start();
    const c = await completeCase(app, { arrestDate: '2025-10-03' });
    const at = (today: string, id = 'bail-497-hc-en') =>
      render(id, mergeData(app, c.caseId, null, today), ANSWERS).html;
    expect(mergeData(app, c.caseId, null, '2026-10-02').arrest).toMatchObject({
      daysInCustody: 364,
      statutoryPassed: false,
    });
    expect(at('2026-10-02')).not.toContain(DELAY);
    expect(at('2026-10-02', 'bail-497-sessions-ur')).not.toContain(DELAY_UR);
    const late = at('2026-10-04');
    expect(late).toContain(DELAY);
    expect(text(late)).toContain(
      'continuous custody since 03.10.2025, that is for 366 days, a period exceeding one year',
    );
    expect(at('2026-10-04', 'bail-497-sessions-en')).toContain(DELAY);
    expect(at('2026-10-04', 'bail-497-sessions-ur')).toContain(DELAY_UR);
  });

  test('for an offence punishable with death the period is two years', async () => {
    await start();
    const c = await completeCase(app, { arrestDate: '2024-10-03', capitalCharge: true });
    const at = (today: string) => render('bail-497-hc-en', mergeData(app, c.caseId, null, today), ANSWERS).html;
    expect(at('2025-10-04')).not.toContain(DELAY);
    expect(at('2026-10-02')).not.toContain(DELAY);
    expect(text(at('2026-10-04'))).toContain('a period exceeding two years');
    // Within the prohibitory clause: that ground is not claimed.
    expect(at('2026-10-04')).not.toContain('none of the offences alleged falls within the prohibitory clause');
  });

  test('no statutory-delay ground for terrorism punishable with death (fourth proviso to s.497(1))', async () => {
    await start();
    const ata = await completeCase(app, {
      arrestDate: '2023-10-03',
      capitalCharge: true,
      offences: [
        { statute: 'ATA', section: '7' },
        { statute: 'PPC', section: '324' },
      ],
    });
    expect(mergeData(app, ata.caseId).arrest).toMatchObject({ statutoryPeriod: 'two years', statutoryPassed: false });
    expect(render('bail-ata-21d-en', mergeData(app, ata.caseId), ANSWERS).html).not.toContain(DELAY);
    const ppc = await completeCase(app, {
      arrestDate: '2023-10-03',
      capitalCharge: true,
      offences: [{ statute: 'PPC', section: '324' }],
    });
    expect(render('bail-ata-21d-en', mergeData(app, ppc.caseId), ANSWERS).html).toContain(DELAY);
  });

  test('no statutory-delay ground once released on bail, nor when the lawyer has switched the rule off', async () => {
    await start();
    const c = await completeCase(app, { arrestDate: '2025-10-03', custodyStatus: 'on_bail' });
    expect(render('bail-497-hc-en', mergeData(app, c.caseId, null, '2026-11-27'), ANSWERS).html).not.toContain(DELAY);
    const held = await completeCase(app, { arrestDate: '2025-10-03' });
    expect(render('bail-497-hc-en', mergeData(app, held.caseId), ANSWERS).html).toContain(DELAY);
    const rules = await app.must('rules:list', {});
    const rule = rules.find((r) => r.id === 'statutory-bail-1y');
    if (!rule) throw new Error('seeded rule missing');
    const { id: _id, updatedAt: _u, ...data } = rule;
    await app.must('rules:save', { id: rule.id, data: { ...data, active: false } });
    expect(render('bail-497-hc-en', mergeData(app, held.caseId), ANSWERS).html).not.toContain(DELAY);
  });

  test('the earlier petition: "no other bail petition is pending" without one; "dismissed by … vide order dated …" with one', async () => {
    await start();
    const c = await completeCase(app);
    const before = text(render('bail-497-hc-en', mergeData(app, c.caseId), ANSWERS).html);
    expect(before).toContain('That no other petition for bail of the petitioner in this case is pending');
    expect(before).not.toContain('dismissed vide order');
    expect(text(render('bail-497-sessions-ur', mergeData(app, c.caseId), ANSWERS).html)).not.toContain(
      'خارج ہو چکی ہے',
    );

    await dismissedPetition(app, c);
    const after = text(render('bail-497-hc-en', mergeData(app, c.caseId), ANSWERS).html);
    expect(after).toContain(
      'before the learned Additional Sessions Judge, Islamabad (West), which was dismissed vide order dated 20.10.2026',
    );
    expect(after).toContain('That no other petition for bail of the petitioner in this case is pending');
    expect(text(render('bail-497-sessions-ur', mergeData(app, c.caseId), ANSWERS).html)).toContain(
      'قبل ازیں عدالت جناب ایڈیشنل سیشن جج صاحب، اسلام آباد سے بحکم مورخہ 20.10.2026 خارج ہو چکی ہے',
    );
  });

  test('a dismissal with no recorded order date is asked for; a pending petition drops the "none pending" statement', async () => {
    await start();
    const c = await completeCase(app);
    await dismissedPetition(app, c, { withOrder: false });
    const { missing } = render('bail-497-hc-en', mergeData(app, c.caseId), ANSWERS);
    expect(missing).toEqual([
      {
        field: 'bail.lastDismissed.orderDate',
        label: 'The earlier bail petition that was dismissed: date of the order',
      },
    ]);
    const answered = render('bail-497-hc-en', mergeData(app, c.caseId), {
      ...ANSWERS,
      'bail.lastDismissed.orderDate': '21.10.2026',
    });
    expect(text(answered.html)).toContain('dismissed vide order dated 21.10.2026');

    await app.must('bail:save', {
      data: {
        caseId: c.caseId,
        clientId: c.sadia,
        kind: 'crpc_497',
        forumId: 'seed:ihc',
        filingDate: '2026-11-02',
        status: 'fixed',
      },
    });
    const pending = render('bail-497-hc-en', mergeData(app, c.caseId), {
      ...ANSWERS,
      'bail.lastDismissed.orderDate': '21.10.2026',
    });
    expect(text(pending.html)).not.toContain('no other petition for bail');
    expect(text(pending.html)).toContain('dismissed vide order dated 21.10.2026');
  });

  test('a stored answer never invents an earlier petition the case does not have', async () => {
    await start();
    const c = await completeCase(app);
    const { html, missing } = render('bail-497-hc-en', mergeData(app, c.caseId), {
      ...ANSWERS,
      'bail.lastDismissed.orderDate': '21.10.2026',
      'bail.lastDismissed.forum': 'learned Sessions Judge',
    });
    expect(missing).toEqual([]);
    expect(html).not.toContain('dismissed vide order');
  });

  test('the s.426(1-A) ground appears only when the appeal is undecided beyond the period for the sentence', async () => {
    await start();
    const c = await completeCase(app);
    await app.must('events:create', {
      caseId: c.caseId,
      kind: 'judgment',
      date: '2026-01-10',
      courtId: c.courtId,
      details: { result: 'conviction', sentence: 'over_3y_to_7y' },
    });
    const GROUND = 'Under section 426(1-A) Cr.P.C.';
    expect(render('suspension-426-en', mergeData(app, c.caseId, null, '2027-01-10'), ANSWERS).html).not.toContain(
      GROUND,
    );
    const late = text(render('suspension-426-en', mergeData(app, c.caseId, null, '2027-01-11'), ANSWERS).html);
    expect(late).toContain(GROUND);
    expect(late).toContain('has not been decided within one year of the conviction on 10.01.2026');
  });

  test("the client can be chosen: the detenu's own particulars come from the case parties", async () => {
    await start();
    const c = await completeCase(app);
    const data = mergeData(app, c.caseId, c.imran);
    expect(data.client).toMatchObject({ fullName: IMRAN.fullName, relation: 's/o', relationUr: 'ولد', isWoman: false });
    expect(mergeData(app, c.caseId).client).toMatchObject({ fullName: 'Sadia Jaffar', relation: 'd/o', isWoman: true });
    expect(TODAY).toBe('2026-11-27');
  });
});
