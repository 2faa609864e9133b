import type Database from 'better-sqlite3';

/*
 * Folding for search, applied alike to what is indexed (through the SQL function muhafiz_fold, which
 * the search views and triggers call) and to what is typed: an Urdu name is found whether it was
 * written with or without its vowel marks (zabar, zer, pesh, tashdeed, jazm, khari zabar…), and
 * whichever keyboard gave its yeh, kaf or heh (Arabic ي ك ه or Urdu ی ک ہ). Latin text is left to
 * FTS5 (case and accents are folded by its tokenizer).
 */

export const FOLD_FUNCTION = 'muhafiz_fold';

/** Arabic-script marks (U+064B–U+065F, superscript alef U+0670), tatweel, and zero-width joiners. */
const MARKS = /[\u064b-\u065f\u0670\u0640\u200c\u200d]/g;

const LETTERS: Record<string, string> = {
  '\u064a': '\u06cc', // Arabic yeh ي → Farsi/Urdu yeh ی
  '\u0649': '\u06cc', // alef maksura ى → ی
  '\u0643': '\u06a9', // Arabic kaf ك → keheh ک
  '\u0647': '\u06c1', // Arabic heh ه → heh goal ہ
  '\u06c0': '\u06c1', // heh with yeh above ۀ → ہ (its hamza comes off below too)
  '\u0629': '\u06c3', // teh marbuta ة → Urdu teh marbuta goal ۃ
};

const ARABIC = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/;

/** One character folded: decomposed (آ is ا with a madda, ئ a yeh with a hamza), marks dropped, letters unified. */
const foldChar = (c: string): string => {
  if (!ARABIC.test(c)) return c;
  const bare = c.normalize('NFKD').replace(MARKS, '');
  return [...bare].map((x) => LETTERS[x] ?? x).join('');
};

/** Has the text a letter of the Arabic script (Urdu)? */
export const hasArabicScript = (text: string): boolean => ARABIC.test(text);

export const fold = (text: string): string => {
  let out = '';
  for (const c of text) out += foldChar(c);
  return out;
};

/**
 * A GLOB matching text that folding would change: it holds a mark, a letter folded to another or one
 * that decomposes (every such character of the Arabic blocks, found by folding each one). Text it does
 * not match is its own fold, so SQL folds only the rows that need it.
 */
export const FOLDABLE_GLOB = ((): string => {
  const ranges: [number, number][] = [];
  for (const [from, to] of [
    [0x0600, 0x06ff],
    [0x0750, 0x077f],
    [0xfb50, 0xfdff],
    [0xfe70, 0xfeff],
  ] as const) {
    for (let cp = from; cp <= to; cp++) {
      const c = String.fromCodePoint(cp);
      if (foldChar(c) === c) continue;
      const last = ranges[ranges.length - 1];
      if (last && last[1] === cp - 1) last[1] = cp;
      else ranges.push([cp, cp]);
    }
  }
  const cls = ranges.map(([a, b]) => String.fromCodePoint(a) + (b > a ? `-${String.fromCodePoint(b)}` : '')).join('');
  return `*[${cls}]*`;
})();

/**
 * The folded text with, for each of its UTF-16 positions (and one past the end), the position in the
 * original it came from: a match found in the folded text is marked on the text as written.
 */
export const foldWithMap = (text: string, lower = false): { folded: string; origin: number[] } => {
  let folded = '';
  const origin: number[] = [];
  let at = 0;
  for (const c of text) {
    const f = lower ? foldChar(c).toLowerCase() : foldChar(c);
    for (let i = 0; i < f.length; i++) origin.push(at);
    folded += f;
    at += c.length;
  }
  origin.push(at);
  return { folded, origin };
};

/** The SQL side, on every connection (openEncrypted): NULL stays NULL, as concat_ws expects. */
export const registerFoldFunction = (db: Database.Database): void => {
  db.function(FOLD_FUNCTION, { deterministic: true }, (text: unknown) =>
    typeof text === 'string' ? fold(text) : (text ?? null),
  );
};
