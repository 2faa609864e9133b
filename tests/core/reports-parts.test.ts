import { describe, expect, test } from 'vitest';
import {
  canonicalSection,
  findOffence,
  OFFENCES,
  offenceGroup,
  offenceLine,
} from '../../electron/core/services/reports/offence-names';
import { makeScrub, redactByDefault, type ClientRow } from '../../electron/core/services/reports/redaction';
import { custodyBand, median, monthsBetween, orderDate } from '../../electron/core/services/reports/stats';
import { csvName, toCsv } from '../../src/features/reports/csv';

/* The pure pieces of the reports: the offence table, medians and bands, order dates, the scrubber, CSV. */

describe('offences in words (pakistan-law.md §6)', () => {
  test('print with statute, section and words, as a lawyer reads them', () => {
    expect(offenceLine({ statute: 'PECA', section: '26-A' }).label).toBe('PECA s.26-A: false and fake information');
    expect(offenceLine({ statute: 'PPC', section: '295-C' }).label).toBe(
      'PPC s.295-C: derogatory remarks in respect of the Holy Prophet',
    );
    expect(offenceLine({ statute: 'MPO', section: '16' }).label).toBe('MPO s.16: dissemination of rumours');
    expect(offenceLine({ statute: 'ATA', section: '11W' }).label).toBe(
      'ATA s.11W: printing, publishing or disseminating material inciting hatred or projecting terrorists',
    );
  });

  test('a section not in the table prints bare, without words made up', () => {
    expect(offenceLine({ statute: 'PPC', section: '302' })).toEqual({
      statute: 'PPC',
      section: '302',
      label: 'PPC s.302',
      words: null,
      source: null,
    });
    expect(offenceLine({ statute: 'other', section: '3' }).label).toBe('s.3');
  });

  test('sections are found however they are typed', () => {
    for (const typed of ['26-A', '26A', '26 a', 's.26-A', 'Section 26-A', '26-A(1)']) {
      expect(canonicalSection(typed), typed).toBe('26-A');
      expect(findOffence('PECA', typed)?.words, typed).toBe('false and fake information');
    }
    expect(canonicalSection('11-ee')).toBe('11-EE');
  });

  test('every entry has words, a group and a source, and no section is listed twice', () => {
    const keys = OFFENCES.map((o) => `${o.statute} ${o.section}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const o of OFFENCES) {
      expect(o.words.length, keys.join()).toBeGreaterThan(3);
      expect(o.source, `${o.statute} ${o.section}`).toMatch(/pakistan-law\.md §/);
      expect(canonicalSection(o.section)).toBe(o.section);
    }
  });

  test('groups: PECA, ATA and MPO by statute; blasphemy, sedition/505 and enforced disappearance by section', () => {
    expect(offenceGroup('PECA', '99')).toBe('peca');
    expect(offenceGroup('ATA', '6')).toBe('ata');
    expect(offenceGroup('MPO', '3')).toBe('mpo');
    expect(
      ['295', '295-A', '295-B', '295-C', '298', '298-A', '298-B', '298-C'].map((s) => offenceGroup('PPC', s)),
    ).toEqual(Array(8).fill('blasphemy'));
    expect(['124-A', '153-A', '505'].map((s) => offenceGroup('PPC', s))).toEqual(Array(3).fill('sedition_505'));
    expect(offenceGroup('PPC', '52-B')).toBe('enforced_disappearance');
    expect(offenceGroup('PPC', '302')).toBe('other');
    expect(offenceGroup('CrPC', '144')).toBe('other');
  });
});

describe('counting', () => {
  test('median: the middle one, the mean of the middle two, none of nothing', () => {
    expect(median([])).toBeNull();
    expect(median([40])).toBe(40);
    expect(median([75, 10])).toBe(42.5);
    expect(median([9, 1, 300])).toBe(9);
    expect(median([1, 2, 3, 100])).toBe(2.5);
  });

  test('custody bands at their edges', () => {
    expect([0, 14, 15, 30, 31, 90, 91, 180, 181, 365, 366].map(custodyBand)).toEqual([
      '0-14',
      '0-14',
      '15-30',
      '15-30',
      '31-90',
      '31-90',
      '91-180',
      '91-180',
      '181-365',
      '181-365',
      'over-365',
    ]);
  });

  test('months of a period, across a year end', () => {
    expect(monthsBetween('2025-11-15', '2026-02-01')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2026-03-01', '2026-03-31')).toEqual(['2026-03']);
  });

  test('the order deciding a petition: its own hearing, its forum after filing, or a bail-order event', () => {
    const granted = { status: 'granted' as const, forumId: 'ihc', filingDate: '2026-04-01', hearingIds: ['h2'] };
    const hearings = [
      { id: 'h1', date: '2026-03-20', courtId: 'ihc', outcome: 'bail_granted' }, // before filing: another petition
      { id: 'h2', date: '2026-05-15', courtId: null, outcome: 'bail_granted' }, // fixed for this petition
      { id: 'h3', date: '2026-05-20', courtId: 'ihc', outcome: 'bail_granted' }, // later order in the forum
      { id: 'h4', date: '2026-04-10', courtId: 'atc', outcome: 'bail_granted' }, // another forum
    ];
    expect(orderDate(granted, { hearings, bailOrders: [] })).toBe('2026-05-15');
    expect(
      orderDate(
        { ...granted, hearingIds: [] },
        { hearings: [], bailOrders: [{ date: '2026-04-09', courtId: 'ihc', result: 'granted' }] },
      ),
    ).toBe('2026-04-09');
    expect(
      orderDate(
        { ...granted, hearingIds: [] },
        { hearings: [], bailOrders: [{ date: '2026-04-09', courtId: 'ihc', result: 'dismissed' }] },
      ),
    ).toBeNull();
    expect(orderDate({ ...granted, status: 'filed' }, { hearings, bailOrders: [] })).toBeNull();
  });
});

describe('redaction', () => {
  const client = (over: Partial<ClientRow>): ClientRow => ({
    id: 'c1',
    fullName: 'Ayesha Siddiqa',
    nameUr: 'عائشہ صدیقہ',
    codename: 'Falcon',
    cnic: '35202-1234567-8',
    phone: '0300-1234567',
    category: 'journalist',
    district: 'Islamabad',
    province: 'ict',
    riskLevel: 'low',
    contactPerson: 'Brother Kamran, 0301-7654321',
    notes: null,
    sensitive: false,
    gender: 'female',
    guardianRelation: 'daughter_of',
    guardianName: 'Muhammad Siddiq',
    address: 'House No. 14, Street 7, G-9/3, Islamabad',
    archivedAt: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...over,
  });

  test('on by default for sensitive clients and for high or critical risk', () => {
    expect(redactByDefault([client({})])).toBe(false);
    expect(redactByDefault([client({ riskLevel: 'medium' })])).toBe(false);
    expect(redactByDefault([client({ riskLevel: 'high' })])).toBe(true);
    expect(redactByDefault([client({ riskLevel: 'critical' })])).toBe(true);
    expect(redactByDefault([client({ sensitive: true })])).toBe(true);
    expect(redactByDefault([client({}), client({ sensitive: true })])).toBe(true);
  });

  test('free text loses names (whole, in part, in Urdu), numbers in any spacing, address and family', () => {
    const scrub = makeScrub([{ client: client({}), alias: 'Falcon' }]);
    expect(scrub('AYESHA SIDDIQA present; Ms Siddiqa\u2019s father Muhammad Siddiq and her brother Kamran')).toBe(
      'Falcon present; Ms Falcon’s father withheld and her brother withheld',
    );
    expect(scrub('عائشہ صدیقہ کی ضمانت')).toBe('Falcon کی ضمانت');
    expect(scrub('CNIC 3520212345678, phone +92 300 1234567 or 0301 7654321')).toBe(
      'CNIC withheld, phone withheld or withheld',
    );
    expect(scrub('Notice at House No. 14, Street 7, G-9/3, Islamabad')).toBe('Notice at withheld');
    // Not inside other words, and nothing else touched.
    expect(scrub('Ayeshabad Road; Islamabad High Court; section 1234')).toBe(
      'Ayeshabad Road; Islamabad High Court; section 1234',
    );
    expect(scrub(null)).toBeNull();
  });
});

describe('CSV behind the charts', () => {
  const table = {
    id: 'cases-by-forum',
    title: 'Cases by forum',
    columns: ['Forum', 'Cases'],
    rows: [
      ['Court of Sessions Judge, Islamabad (West)', 2],
      ['The "special" court', 1],
      ['=HYPERLINK("http://x")', 0],
      ['-5', -5],
      ['لاہور ہائی کورٹ', 3],
    ] as (string | number)[][],
  };

  test('RFC 4180 quoting, CRLF lines, a BOM for Excel, and no cell a spreadsheet would run', () => {
    expect(toCsv(table)).toBe(
      '\uFEFFForum,Cases\r\n' +
        '"Court of Sessions Judge, Islamabad (West)",2\r\n' +
        '"The ""special"" court",1\r\n' +
        `"'=HYPERLINK(""http://x"")",0\r\n` +
        '-5,-5\r\n' +
        'لاہور ہائی کورٹ,3\r\n',
    );
    expect(csvName(table, '2026-01-01', '2026-12-31')).toBe('cases-by-forum-2026-01-01-to-2026-12-31.csv');
  });
});
