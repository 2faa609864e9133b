import { afterEach, describe, expect, test } from 'vitest';
import { makeUnlockedApp, type TestApp } from '../support/context';
import { countRows } from '../support/disk';

/* Reference data the lawyer extends: forums (district courts, ATCs, PECA courts) and police stations. */

let app: TestApp;
afterEach(() => app?.cleanup());

describe('courts:create', () => {
  test('adds a forum, optionally under a parent, and it appears in courts:list in name order', async () => {
    app = await makeUnlockedApp();
    const peca = await app.must('courts:create', {
      name: '  Special Court (PECA), Islamabad ',
      forumType: 'peca_court',
      city: 'Islamabad',
      province: 'ict',
    });
    expect(peca).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      name: 'Special Court (PECA), Islamabad',
      forumType: 'peca_court',
      city: 'Islamabad',
      province: 'ict',
      parentId: null,
      source: null,
    });
    const bench = await app.must('courts:create', {
      name: 'Lahore High Court, D.G. Khan Bench',
      forumType: 'high_court',
      city: 'Dera Ghazi Khan',
      province: 'punjab',
      parentId: 'seed:lhc',
    });
    expect(bench.parentId).toBe('seed:lhc');
    const list = await app.must('courts:list', {});
    expect(list).toContainEqual(peca);
    expect(list).toContainEqual(bench);
    const names = list.map((c) => c.name);
    expect(names.indexOf('Lahore High Court, D.G. Khan Bench')).toBeLessThan(
      names.indexOf('Lahore High Court, Multan Bench'),
    );
    expect(names).toEqual([...names].sort());
  });

  test('refuses a second forum of the same name, whatever the capitalisation (CONFLICT)', async () => {
    app = await makeUnlockedApp();
    const before = countRows(app, 'courts');
    for (const name of ['Islamabad High Court', 'ISLAMABAD HIGH COURT', ' islamabad high court ']) {
      const r = await app.call('courts:create', { name, forumType: 'high_court' });
      expect(!r.ok && r.error.code, name).toBe('CONFLICT');
      expect(!r.ok && r.error.fields).toEqual({ name: 'Already exists' });
    }
    expect(countRows(app, 'courts')).toBe(before);
  });

  test('refuses an unknown parent court (NOT_FOUND)', async () => {
    app = await makeUnlockedApp();
    const r = await app.call('courts:create', {
      name: 'Anti-Terrorism Court No. 1, Quetta',
      forumType: 'atc',
      parentId: 'seed:no-such-court',
    });
    expect(!r.ok && r.error.code).toBe('NOT_FOUND');
  });
});

describe('police-stations:create', () => {
  test('adds a police station; the same name in another district is another station', async () => {
    app = await makeUnlockedApp();
    const kohsar = await app.must('police-stations:create', { name: 'Kohsar', district: 'Islamabad', province: 'ict' });
    expect(kohsar).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      name: 'Kohsar',
      district: 'Islamabad',
      province: 'ict',
    });
    const cantt1 = await app.must('police-stations:create', { name: 'Cantt', district: 'Lahore', province: 'punjab' });
    const cantt2 = await app.must('police-stations:create', { name: 'Cantt', district: 'Peshawar' });
    expect(cantt2.province).toBeNull();
    const list = await app.must('police-stations:list', {});
    expect(list.map((s) => `${s.name}, ${s.district}`).sort()).toEqual([
      'Cantt, Lahore',
      'Cantt, Peshawar',
      'Kohsar, Islamabad',
    ]);
    expect(list.map((s) => s.name)).toEqual(['Cantt', 'Cantt', 'Kohsar']);
    expect(list).toEqual(expect.arrayContaining([cantt1, cantt2, kohsar]));
  });

  test('refuses the same station twice in one district (CONFLICT)', async () => {
    app = await makeUnlockedApp();
    await app.must('police-stations:create', { name: 'Chenab Nagar', district: 'Chiniot', province: 'punjab' });
    const r = await app.call('police-stations:create', { name: 'CHENAB NAGAR', district: 'chiniot' });
    expect(!r.ok && r.error.code).toBe('CONFLICT');
    expect(await app.must('police-stations:list', {})).toHaveLength(1);
  });
});
