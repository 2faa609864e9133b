"""Writes electron/core/db/migrations/0004_seed_rules_calendar.sql from the facts in
shared/domain/pakistan-law.md. Kept beside the seed for review; the migration itself is what ships
(and, once merged, is never edited: later corrections are new migrations or the lawyer's edits)."""
import json

NOW = '2026-11-27T00:00:00.000Z'
LAW = 'shared/domain/pakistan-law.md'
DISTRICT = ['magistrate', 'sessions', 'atc', 'peca_court']

def rule(id, name, statute, section, trigger, period, unit, source, confidence='verified', anchor='start',
         exclude_day=True, copy=False, roll=False, condonable=False, recurring=False, filing=None, cond=None,
         active=None, notes=None):
    return dict(id=id, name=name, statute=statute, section=section, trigger=trigger, anchor=anchor, period=period,
                unit=unit, exclude_trigger_day=exclude_day, exclude_copy_time=copy, roll_forward=roll,
                condonable=condonable, recurring=recurring, filing_forum_type=filing,
                conditions=json.dumps(cond or {}), effective_from=None, effective_to=None, source=source,
                confidence=confidence, active=(confidence == 'verified') if active is None else active, notes=notes)

RULES = [
    rule('production-24h', 'Produce before a magistrate (24 hours from arrest)', 'Constitution', 'Art. 10(2); CrPC s.61, s.167(1)',
         'arrest', 24, 'hours', f'{LAW} §3.1 [H]: https://infopakistan.pk/constitution-of-pakistan/article/10-Safeguards-as-to-arrest-and-detention',
         exclude_day=False, notes='Journey time to the nearest magistrate is excluded; the app cannot know it.'),
    rule('police-remand-cap', 'Police remand: 15 days in the whole', 'CrPC', 's.167(2)', 'police_remand_first', 15, 'days',
         f'{LAW} §3.1 [H]: http://pljlawsite.com/html/Crpc167.htm',
         notes='Counted from the first police-remand order, as if remand ran without a break; the aggregate cannot pass 15 days.'),
    rule('police-remand-ends', 'Police remand ends: production before the magistrate', 'CrPC', 's.167(2)', 'police_remand', 0, 'days',
         f'{LAW} §3.1 [H]: http://pljlawsite.com/html/Crpc167.htm', anchor='end'),
    rule('judicial-remand-ends', 'Judicial remand ends (at most 15 days at a time)', 'CrPC', 's.344', 'judicial_remand', 0, 'days',
         f'{LAW} §3.1 [M]: https://lawyersofpakistan.com/remand-in-pakistan/', anchor='end'),
    rule('ata-remand-ends', 'ATA police remand ends', 'ATA', 's.21-E(1)', 'ata_remand', 0, 'days',
         f'{LAW} §3.1 [H]: https://ihl-databases.icrc.org/customary-ihl/rus/docs/v2_cou_pk_rule99_sectiond', anchor='end'),
    rule('ata-remand-max', 'ATA remand order: at most 30 days at one time', 'ATA', 's.21-E(1)', 'ata_remand', 30, 'days',
         f'{LAW} §3.1 [H] (the quoted text says "not less than"; read as "not more than": verify)'),
    rule('ata-remand-total', 'ATA remand: 90 days in total', 'ATA', 's.21-E', 'ata_remand', 90, 'days',
         f'{LAW} §3.1 and §7 item 1: UNVERIFIED', confidence='needs_checking',
         notes='Widely stated after the 2013/2014 amendments; not confirmed. Counts from each ATA remand order.'),
    rule('challan-14', 'Investigation to be completed (14 days from the FIR)', 'CrPC', 's.173(1) proviso', 'fir', 14, 'days',
         f'{LAW} §3.1 [H]: https://insaaf99.com/student-corner/bare-acts/detail/173-report-of-police-officer'),
    rule('challan-17', 'Interim police report due (day 17 from the FIR)', 'CrPC', 's.173(1) proviso', 'fir', 17, 'days',
         f'{LAW} §3.1 [H]: https://insaaf99.com/student-corner/bare-acts/detail/173-report-of-police-officer',
         notes='14 days for investigation, then an interim report within 3 days through the Public Prosecutor.'),
    rule('statutory-bail-1y', 'Statutory bail for delay ripens (offence not punishable with death)', 'CrPC', 's.497(1) third proviso',
         'arrest', 1, 'years', f'{LAW} §2.1 [H]: Shakeel Shah 2022 SCMR 1; Syeda Ayesha Subhani PLD 2023 SC 648 (recurring)',
         recurring=True, cond={'capital': False},
         notes='Continuous detention; the right re-ripens each further year of delay not caused by the accused. Not for the persons in the fourth proviso.'),
    rule('statutory-bail-2y', 'Statutory bail for delay ripens (offence punishable with death)', 'CrPC', 's.497(1) third proviso',
         'arrest', 2, 'years', f'{LAW} §2.1 [H]: Rohan Ahmad PLD 2024 SC 492', recurring=True, cond={'capital': True},
         notes='Two years, then each further year of delay not caused by the accused. Not for terrorism punishable with death or life (fourth proviso).'),
    rule('s426-6m', 'Suspension of sentence due (sentence up to 3 years)', 'CrPC', 's.426(1-A)', 'judgment', 6, 'months',
         f'{LAW} §2.1 [H]: https://knowpanhwar.blogspot.com/2014/01/code-of-criminal-procedure-1898_2707.html',
         cond={'result': ['conviction'], 'sentence': ['up_to_3y']}, notes='From conviction, while the appeal is undecided.'),
    rule('s426-1y', 'Suspension of sentence due (over 3 and up to 7 years)', 'CrPC', 's.426(1-A)', 'judgment', 1, 'years',
         f'{LAW} §2.1 [H]', cond={'result': ['conviction'], 'sentence': ['over_3y_to_7y']}),
    rule('s426-2y', 'Suspension of sentence due (over 7 years or life)', 'CrPC', 's.426(1-A)', 'judgment', 2, 'years',
         f'{LAW} §2.1 [H]', cond={'result': ['conviction'], 'sentence': ['over_7y', 'life']}),
    rule('art155-appeal-hc', 'Appeal to the High Court against conviction', 'Limitation Act 1908', 'First Schedule Art. 155', 'judgment', 60, 'days',
         f'{LAW} §3.2 [H]: https://pg.punjab.gov.pk/limitation', copy=True, roll=True, condonable=True, filing='high_court',
         cond={'result': ['conviction'], 'forumTypes': ['sessions', 'peca_court'], 'sentence': ['up_to_3y', 'over_3y_to_7y', 'over_7y', 'life']}),
    rule('art150-death-appeal', 'Appeal to the High Court from a sentence of death', 'Limitation Act 1908', 'First Schedule Art. 150', 'judgment', 7, 'days',
         f'{LAW} §3.2 [M]: https://pg.punjab.gov.pk/limitation', copy=True, roll=True, condonable=True, filing='high_court',
         cond={'result': ['conviction'], 'forumTypes': ['sessions'], 'sentence': ['death']}),
    rule('art154-appeal-sessions', 'Appeal to the Court of Session against a magistrate\'s conviction', 'Limitation Act 1908', 'First Schedule Art. 154',
         'judgment', 30, 'days', f'{LAW} §3.2 [H]: https://pg.punjab.gov.pk/limitation', copy=True, roll=True, condonable=True,
         filing='sessions', cond={'result': ['conviction'], 'forumTypes': ['magistrate']}),
    rule('art157-state-appeal', 'State\'s time to appeal an acquittal', 'Limitation Act 1908', 'First Schedule Art. 157; CrPC s.417(1)',
         'judgment', 6, 'months', f'{LAW} §3.2 [H]: https://www.brecorder.com/news/amp/40282387', copy=True, roll=True, condonable=True,
         filing='high_court', cond={'result': ['acquittal'], 'forumTypes': ['magistrate', 'sessions', 'peca_court']},
         notes='After it runs out (and any condonation), the acquittal is safe from a State appeal.'),
    rule('crpc417-2a-victim', 'Victim\'s appeal against acquittal', 'CrPC', 's.417(2-A)', 'judgment', 30, 'days',
         f'{LAW} §3.2 [H]: http://www.pljlawsite.com/html/Crpc417.htm', copy=True, roll=True, condonable=False,
         filing='high_court', cond={'result': ['acquittal'], 'forumTypes': ['magistrate', 'sessions', 'peca_court']},
         notes='A special period: Limitation Act s.5 condonation is not available (s.29(2)).'),
    rule('crpc417-3-special-leave', 'Complainant\'s application for special leave (complaint case)', 'CrPC', 's.417(3)', 'judgment', 60, 'days',
         f'{LAW} §3.2 [H]: http://www.pljlawsite.com/html/Crpc417.htm', copy=True, roll=True, filing='high_court',
         cond={'result': ['acquittal'], 'forumTypes': ['magistrate', 'sessions']}),
    rule('ata25-convict-appeal', 'Appeal against an ATC conviction', 'ATA', 's.25(3)', 'judgment', 30, 'days',
         f'{LAW} §3.2 and §7 item 1: UNVERIFIED (background: 30 days)', confidence='needs_checking', copy=True, roll=True,
         filing='high_court', cond={'result': ['conviction'], 'forumTypes': ['atc']}),
    rule('ata25-victim-appeal', 'Victim\'s appeal against an ATC acquittal', 'ATA', 's.25(4A)', 'judgment', 30, 'days',
         f'{LAW} §3.2 [H]: https://pakistanlawyer.com/2017/05/28/anti-terrorism-amendment-act-2003/', copy=True, roll=True,
         filing='high_court', cond={'result': ['acquittal'], 'forumTypes': ['atc']}, notes='Special law: no condonation under s.5.'),
    rule('peca-appeal', 'Appeal from a PECA court judgment', 'PECA', 'appeal section', 'judgment', 30, 'days',
         f'{LAW} §3.2: UNVERIFIED (background: 30 days from a free certified copy)', confidence='needs_checking', copy=True, roll=True,
         filing='high_court', cond={'result': ['conviction'], 'forumTypes': ['peca_court']}),
    rule('sc-leave-petition', 'Criminal petition for leave to appeal to the Supreme Court', 'Supreme Court Rules 1980', 'O.XXIII r.2; Constitution Art. 185(3)',
         'judgment', 30, 'days', f'{LAW} §3.2 [H]: Zafar Iqbal PLD 2023 SC 617', copy=True, roll=True, condonable=True,
         filing='supreme_court', cond={'forumTypes': ['high_court']},
         notes='Condonation is viewed leniently for a petitioner in jail. A writ judgment may instead lie to the FCC (Art. 175F(1)(c)).'),
    rule('ica-20', 'Intra-court appeal against a single judge\'s writ order', 'Law Reforms Ordinance 1972', 's.3; Limitation Act Art. 151',
         'judgment', 20, 'days', f'{LAW} §3.2 [H]: PLJ 2014 Lahore 1 (DB)', copy=False, roll=True, filing='high_court',
         cond={'result': ['order'], 'forumTypes': ['high_court'], 'writ': True},
         notes='The LHC Division Bench held copy time is not excluded. Not competent where the law gives an appeal, revision or review.'),
    rule('sc-review', 'Review petition in the Supreme Court', 'Supreme Court Rules 1980', 'O.XXVI', 'judgment', 30, 'days',
         f'{LAW} §3.2 [M/UNVERIFIED]', confidence='needs_checking', copy=True, roll=True, filing='supreme_court',
         cond={'forumTypes': ['supreme_court']}),
    rule('protective-bail-ends', 'Protective bail ends: appear before the competent court', 'CrPC', 's.498-A (practice)', 'protective_bail', 0, 'days',
         f'{LAW} §2.1 [H]: Kamal Kumar 2024 PCrLJ 30 (IHC)', anchor='end'),
    rule('detention-grounds', 'Grounds of detention to be communicated', 'Constitution', 'Art. 10(5)', 'detention_order', 15, 'days',
         f'{LAW} §3.1 [H]: https://infopakistan.pk/constitution-of-pakistan/article/10-Safeguards-as-to-arrest-and-detention'),
    rule('detention-review-board', 'Review Board report needed before 3 months', 'Constitution', 'Art. 10(4)', 'detention_order', 3, 'months',
         f'{LAW} §3.1 [H]', notes='And every 3 months after that.'),
    rule('detention-cap', 'Preventive detention cap (public order): 8 months in any 24', 'Constitution', 'Art. 10(7)', 'detention_order', 8, 'months',
         f'{LAW} §3.1 [H]', notes='12 months in other cases; exceptions for enemy agents and anti-national activity.'),
]

def closure(id, weekday, source, confidence='verified', court=None, forum=None, province=None):
    return dict(id=id, court_id=court, forum_type=forum, province=province, weekday=weekday, source=source, confidence=confidence)

CLOSURES = [closure('all-sunday', 0, f'{LAW} §4.1: Sunday is the weekly holiday [M]')]
for f in DISTRICT:
    CLOSURES.append(closure(f'punjab-{f}-sunday', 0, f'{LAW} §4.1 [H]: LHC notification Apr 2025', forum=f, province='punjab'))
    CLOSURES.append(closure(f'sindh-{f}-sunday', 0, f'{LAW} §4.1 [M]: Sindh district courts work Monday-Saturday', forum=f, province='sindh'))
for court, src in [('seed:lhc', '[M]: no sittings on Saturday (2016 notification); office open on Saturday'),
                   ('seed:shc', '[M]: Saturday is a judgment-writing day; office open')]:
    CLOSURES.append(closure(f'{court}-sat', 6, f'{LAW} §4.1 {src}', court=court))
    CLOSURES.append(closure(f'{court}-sun', 0, f'{LAW} §4.1 {src}', court=court))
for f in ['high_court', 'supreme_court', 'fcc', 'fsc']:
    CLOSURES.append(closure(f'{f}-sat', 6, f'{LAW} §4.1: UNVERIFIED (generally Monday-Friday)', 'needs_checking', forum=f))
    CLOSURES.append(closure(f'{f}-sun', 0, f'{LAW} §4.1: UNVERIFIED (generally Monday-Friday)', 'needs_checking', forum=f))

def hol(id, name, d1, d2=None, kind='gazetted', provisional=False, source='', court=None, forum=None, province=None):
    return dict(id=id, name=name, kind=kind, date_from=d1, date_to=d2 or d1, province=province, forum_type=forum,
                court_id=court, provisional=provisional, source=source)

G26 = f'{LAW} §4.2: Cabinet Division notification for 2026 (reported 30 Dec 2025)'
G27 = f'{LAW} §4.2: 2027 not yet notified; fixed date'
E27 = f'{LAW} §4.2: 2027 astronomical estimate (Umm al-Qura), Pakistan likely a day later: confirm when notified'
HOLIDAYS = [
    hol('2026-kashmir', 'Kashmir Solidarity Day', '2026-02-05', source=G26),
    hol('2026-eid-fitr', 'Eid-ul-Fitr', '2026-03-21', '2026-03-23', source=G26),
    hol('2026-pakistan-day', 'Pakistan Day', '2026-03-23', source=G26),
    hol('2026-labour', 'Labour Day', '2026-05-01', source=G26),
    hol('2026-eid-azha', 'Eid-ul-Azha', '2026-05-27', '2026-05-29', source=G26 + ' (one list gives 27-28 May)'),
    hol('2026-takbeer', 'Youm-e-Takbeer', '2026-05-28', source=G26),
    hol('2026-ashura', 'Ashura (9th and 10th Muharram)', '2026-06-24', '2026-06-25', source=G26 + ' [M]: another list gives 25-26 June; moon-dependent'),
    hol('2026-independence', 'Independence Day', '2026-08-14', source=G26),
    hol('2026-milad', 'Eid Milad-un-Nabi', '2026-08-25', source=G26),
    hol('2026-iqbal', 'Iqbal Day', '2026-11-09', source=G26),
    hol('2026-quaid', 'Quaid-e-Azam Day / Christmas', '2026-12-25', source=G26),
    hol('2027-kashmir', 'Kashmir Solidarity Day', '2027-02-05', source=G27),
    hol('2027-eid-fitr', 'Eid-ul-Fitr (estimate)', '2027-03-10', '2027-03-12', provisional=True, source=E27),
    hol('2027-pakistan-day', 'Pakistan Day', '2027-03-23', source=G27),
    hol('2027-labour', 'Labour Day', '2027-05-01', source=G27),
    hol('2027-eid-azha', 'Eid-ul-Azha (estimate)', '2027-05-17', '2027-05-19', provisional=True, source=E27),
    hol('2027-takbeer', 'Youm-e-Takbeer', '2027-05-28', source=G27 + ' [M]: assuming it stays on the list'),
    hol('2027-ashura', 'Ashura (estimate)', '2027-06-14', '2027-06-15', provisional=True, source=E27),
    hol('2027-independence', 'Independence Day', '2027-08-14', source=G27),
    hol('2027-milad', 'Eid Milad-un-Nabi (estimate)', '2027-08-15', provisional=True, source=E27),
    hol('2027-iqbal', 'Iqbal Day', '2027-11-09', source=G27),
    hol('2027-quaid', 'Quaid-e-Azam Day / Christmas', '2027-12-25', source=G27),
    hol('lhc-summer-2025', 'LHC summer vacation 2025', '2025-07-07', '2025-09-06', 'vacation', court='seed:lhc', source=f'{LAW} §4.3 [H]'),
    hol('lhc-winter-2024', 'LHC winter vacation 2024-25', '2024-12-25', '2025-01-08', 'vacation', court='seed:lhc', source=f'{LAW} §4.3 [H]'),
    hol('shc-winter-2025', 'SHC winter vacation 2025-26', '2025-12-26', '2026-01-09', 'vacation', court='seed:shc', source=f'{LAW} §4.3 [H]'),
    hol('ihc-winter-2025', 'IHC winter vacation 2025-26', '2025-12-24', '2026-01-08', 'vacation', court='seed:ihc', source=f'{LAW} §4.3 [H]'),
    hol('ihc-summer-2024', 'IHC summer vacation 2024', '2024-07-10', '2024-09-10', 'vacation', court='seed:ihc', source=f'{LAW} §4.3 [H]'),
    hol('sc-summer-2025', 'Supreme Court summer vacation 2025', '2025-06-16', '2025-09-08', 'vacation', court='seed:sc', source=f'{LAW} §4.3 [H]'),
    hol('sc-winter-2025', 'Supreme Court winter vacation 2025', '2025-12-18', '2025-12-31', 'vacation', court='seed:sc', source=f'{LAW} §4.3 [H]'),
]

def q(v):
    if v is None: return 'NULL'
    if isinstance(v, bool): return '1' if v else '0'
    if isinstance(v, int): return str(v)
    return "'" + str(v).replace("'", "''") + "'"

def insert(table, row):
    row = {**row, 'created_at': NOW, 'updated_at': NOW}
    cols = ', '.join(f'`{k}`' for k in row)
    return f"INSERT INTO `{table}` ({cols}) VALUES ({', '.join(q(v) for v in row.values())});"

lines = ['-- Seeded from shared/domain/pakistan-law.md by resources/seed/rules-calendar.py.',
         '-- [H] and [M] rules are active ("verified"); UNVERIFIED ones are present, "needs_checking" and off.']
stmts = [insert('legal_rules', r) for r in RULES] + [insert('court_closures', c) for c in CLOSURES] + [insert('holidays', h) for h in HOLIDAYS]
out = '\n'.join(lines) + '\n' + '--> statement-breakpoint\n'.join(s + '\n' for s in stmts)
open('electron/core/db/migrations/0004_seed_rules_calendar.sql', 'w').write(out)
print(len(RULES), 'rules', len(CLOSURES), 'closures', len(HOLIDAYS), 'holidays')
