import { afterEach, describe, expect, test } from 'vitest';
import { setPrefs } from '../../src/i18n/language';
import { workingLine, workingReason } from '../../src/i18n/working';
import { makeUnlockedApp, type TestApp } from '../support/context';
import { JOURNALIST, peca } from '../support/personas';

/* "How this date was worked out", as the deadline engine writes it, said in Urdu line by line. */

let app: TestApp;
afterEach(() => {
  setPrefs({ language: 'en', digits: 'western' });
  return app?.cleanup();
});

const URDU = /[\u0600-\u06ff]/;

describe('the working of a deadline in Urdu', () => {
  test('every step and warning the engine writes for a case in custody is said in Urdu', async () => {
    app = await makeUnlockedApp();
    const client = await app.must('clients:create', JOURNALIST);
    const kase = await app.must('cases:create', peca(client.id));
    const { deadlines } = await app.must('deadlines:for-case', { caseId: kase.id });
    const lines = deadlines.flatMap((d) => [...d.explanation.steps, ...d.explanation.warnings]);
    expect(lines.length).toBeGreaterThan(5);
    setPrefs({ language: 'ur', digits: 'western' });
    const untranslated = lines.filter((l) => !URDU.test(workingLine(l)));
    expect(untranslated).toEqual([]);
    // Dates in Urdu, weekday first.
    expect(lines.map(workingLine).join('\n')).toMatch(
      /(اتوار|پیر|منگل|بدھ|جمعرات|جمعہ|ہفتہ) \d{1,2} (جنوری|فروری|مارچ|اپریل|مئی|جون|جولائی|اگست|ستمبر|اکتوبر|نومبر|دسمبر) \d{4}/,
    );
  });

  test('the engine’s sentences, one by one', () => {
    setPrefs({ language: 'ur', digits: 'western' });
    expect(workingLine('Arrest: Mon 2 Nov 2026 at 10:00.')).toBe('گرفتاری: پیر 2 نومبر 2026، وقت 10:00۔');
    expect(workingLine('24 hours later: Tue 3 Nov 2026 at 10:00.')).toBe('24 گھنٹے بعد: منگل 3 نومبر 2026، وقت 10:00۔');
    expect(workingLine('14 days from Fri 2 Oct 2026, not counting that day (s.12(1)): Fri 16 Oct 2026.')).toBe(
      'جمعہ 2 اکتوبر 2026 سے 14 دن، وہ دن شمار کیے بغیر (دفعہ 12(1)): جمعہ 16 اکتوبر 2026۔',
    );
    expect(workingLine('The court is closed on Sun 29 Nov 2026: the last day moves to Mon 30 Nov 2026 (s.4).')).toBe(
      'اتوار 29 نومبر 2026 کو عدالت بند ہے: آخری دن پیر 30 نومبر 2026 ہو جاتا ہے (دفعہ 4)۔',
    );
    expect(workingReason('Sunday, the weekly off day')).toBe('اتوار، ہفتہ وار چھٹی');
    expect(workingReason('Pakistan Day (provisional date)')).toBe('یومِ پاکستان (عارضی تاریخ)');
    // A line it does not know stays as written.
    expect(workingLine('Something new.')).toBe('Something new.');
    setPrefs({ digits: 'urdu' });
    expect(workingLine('Arrest: Mon 2 Nov 2026 at 10:00.')).toBe('گرفتاری: پیر ۲ نومبر ۲۰۲۶، وقت ۱۰:۰۰۔');
    setPrefs({ language: 'en' });
    expect(workingLine('Arrest: Mon 2 Nov 2026 at 10:00.')).toBe('Arrest: Mon 2 Nov 2026 at 10:00.');
  });
});
