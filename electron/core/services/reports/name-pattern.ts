/*
 * A typed value as a regular expression that also finds it as it is written elsewhere: an Urdu
 * name whichever keyboard gave its yeh, kaf or heh (Arabic ي ك ه or Urdu ی ک ہ) and with or without
 * its vowel marks (zabar, zer, pesh, tashdeed…), as search/fold.ts folds them; spaces in any run;
 * apostrophes straight, curly or left out; and the characters a template escapes (' & " = ` < >) also as
 * their HTML entities, so rendered HTML is matched as well as plain text.
 */

/** Marks, tatweel and zero-width joiners that may sit between the letters of an Urdu word. */
const MARKS = '[\\u064b-\\u065f\\u0670\\u0640\\u200c\\u200d]*';

/** Letters that one keyboard or another writes differently, each as the class of its variants. */
const VARIANTS: string[] = [
  '\u064a\u06cc\u0649\u0626', // ي ی ى ئ
  '\u0643\u06a9', // ك ک
  '\u0647\u06c1\u06c0\u06c2\u0629\u06c3', // ه ہ ۀ ۂ ة ۃ
  '\u0627\u0622\u0623\u0625', // ا آ أ إ
  '\u0648\u0624', // و ؤ
  '\u06d2\u06d3', // ے ۓ
];
const CLASS_OF = new Map<string, string>();
for (const group of VARIANTS) for (const ch of group) CLASS_OF.set(ch, `[${group}]`);

const ARABIC_LETTER = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/;
const STRIP = /[\u064b-\u065f\u0670\u0640\u200c\u200d]/g;

/** An apostrophe, straight, curly or escaped, or left out ("Sa'adia", "Sa’adia", "Saadia"). */
const APOSTROPHE = "(?:['\u2019\u2018`]|&#x27;|&#39;|&apos;|&#x60;)?";
const ENTITIES: Record<string, string> = {
  "'": APOSTROPHE,
  '\u2019': APOSTROPHE,
  '\u2018': APOSTROPHE,
  '`': APOSTROPHE,
  '&': '(?:&amp;|&)',
  '"': '(?:"|&quot;|&#34;|&#x22;)',
  '=': '(?:=|&#x3D;|&#61;)',
  '<': '(?:<|&lt;)',
  '>': '(?:>|&gt;)',
};

/** The body of a pattern matching value literally, up to the variants above. */
export const literalPattern = (value: string): string => {
  let out = '';
  let space = false;
  // Marks typed in the stored value are optional like any other.
  for (const ch of value.normalize('NFC').replace(STRIP, '')) {
    if (/\s/u.test(ch)) {
      if (!space) out += '\\s+';
      space = true;
      continue;
    }
    space = false;
    if (ENTITIES[ch]) out += ENTITIES[ch];
    else if (CLASS_OF.has(ch)) out += CLASS_OF.get(ch) + MARKS;
    else if (ARABIC_LETTER.test(ch)) out += ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + MARKS;
    else out += ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return out;
};

/** Entities a rendered draft or the editor writes, decoded, so its text reads as typed. */
export const decodeEntities = (html: string): string =>
  html
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
