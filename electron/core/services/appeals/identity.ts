import type { HrdCategory, Gender } from '../../../shared/enums';
import type { ClientRow } from '../reports/redaction';

/*
 * What identifies a client in an appeal or complaint, and how a draft without consent describes
 * them instead. Identifying: the name (English and Urdu, and each part of it), the codename, the
 * CNIC, the father's or husband's name, the address, the phone, the exact place last seen (a
 * village or street names the family), who they were with, the family contact's name and phone,
 * and the numbers of their cases (a petition or FIR number finds the person in any cause list).
 * Not identifying on their own, and kept: gender, the kind of defender, the district, the dates.
 */

export type Identity = {
  client: ClientRow;
  lastSeenPlace: string | null;
  lastSeenWith: string | null;
  familyContactName: string | null;
  familyContactPhone: string | null;
  /** Case and FIR numbers of the linked cases, and references of steps taken. */
  caseNumbers: string[];
  /** Places and references of the client's logged incidents. */
  incidentDetails: string[];
};

const CATEGORY_WORDS: Record<HrdCategory, string> = {
  journalist: 'journalist',
  activist: 'human rights activist',
  whrd: 'woman human rights defender',
  religious_minority: 'human rights defender from a religious minority',
  lawyer: 'human rights lawyer',
  student: 'student activist',
  labour: 'labour rights defender',
  family_of_disappeared: 'relative of a disappeared person and campaigner',
  other: 'human rights defender',
};

const article = (word: string) => (/^[aeiou]/i.test(word) ? 'an' : 'a');

/** "a woman journalist from District Quetta": who the client is, without saying who. */
export const anonymousDescription = (category: HrdCategory, gender: Gender, district: string | null): string => {
  let what = CATEGORY_WORDS[category];
  if (gender === 'female' && !/woman/.test(what)) what = `woman ${what}`;
  if (gender === 'transgender') what = `transgender ${what}`;
  const where = district ? ` from District ${district.replace(/^district\s+/i, '')}` : ' from Pakistan';
  return `${article(what)} ${what}${where}`;
};

export const pronouns = (gender: Gender) =>
  gender === 'female'
    ? { subject: 'she', object: 'her', possessive: 'her' }
    : gender === 'male'
      ? { subject: 'he', object: 'him', possessive: 'his' }
      : { subject: 'they', object: 'them', possessive: 'their' };

/** Each identifying value with the label the editor's notice shows for it. */
export const identifyingValues = (id: Identity): { label: string; value: string }[] => {
  const c = id.client;
  const out: { label: string; value: string }[] = [];
  const add = (label: string, value: string | null) => {
    if (value && value.trim().length >= 3) out.push({ label, value: value.trim() });
  };
  add("the client's name", c.fullName);
  add("the client's name in Urdu", c.nameUr);
  add('the codename', c.codename);
  add('the CNIC', c.cnic);
  add("the father's or husband's name", c.guardianName);
  add('the address', c.address);
  add('the phone number', c.phone);
  // The client's contact person ("Brother, 0301-7654321"): its number in any spacing.
  add("the contact person's number", c.contactPerson);
  add('the place last seen', id.lastSeenPlace);
  add('who the client was with', id.lastSeenWith);
  add("the family contact's name", id.familyContactName);
  add("the family contact's phone", id.familyContactPhone);
  for (const n of id.caseNumbers) add('a case or FIR number', n);
  for (const n of id.incidentDetails) add("an incident's place or reference", n);
  return out;
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Not inside a longer word (Latin or Urdu letters, their marks, digits). */
const whole = (body: string) => `(?<![\\p{L}\\p{M}\\p{N}])(?:${body})(?![\\p{L}\\p{M}\\p{N}])`;
const RELATIONS =
  /^(brothers?|sisters?|father|mother|husband|wife|sons?|daughters?|uncles?|aunts?|cousins?|bibi|the|and|her|his|their|with|from|friends?|colleagues?|mr|mrs|ms|sahib|sahiba)$/i;
const nameParts = (name: string | null): string[] =>
  (name ?? '').split(/[\s,.'’()-]+/u).filter((p) => [...p].length >= 3 && !RELATIONS.test(p));
/** A number in any spacing ("0300-1234567", "0300 1234567", "+92 300 1234567"). */
const numberPattern = (value: string): string | null => {
  const d = value.replace(/\D/g, '').replace(/^(0092|92|0)/, '');
  if (d.length < 7) return null;
  return whole(`(?:(?:\\+|00)?92|0)?[\\s-]*${d.split('').join('[\\s-]*')}`);
};

export const WITHHELD = '[withheld]';

/**
 * Hides every identifying value in text (whole values, then each part of a person's name, and
 * numbers in any spacing), longest first, in one pass so a replacement is never replaced again.
 */
export const identityScrub = (id: Identity): ((text: string) => string) => {
  const c = id.client;
  const patterns: { pattern: string; weight: number }[] = [];
  for (const { value } of identifyingValues(id)) {
    const n = numberPattern(value);
    patterns.push({ pattern: n ?? whole(escape(value)), weight: n ? 10_000 : value.length });
  }
  // Who she was with is free text ("her cousin Bilal Ahmed"): its proper names, not its common words.
  const properNames = nameParts(id.lastSeenWith).filter((p) => !/^[a-z]/.test(p));
  for (const part of [
    ...[c.fullName, c.nameUr, c.guardianName, id.familyContactName].flatMap(nameParts),
    ...properNames,
  ]) {
    patterns.push({ pattern: whole(escape(part)), weight: part.length });
  }
  if (patterns.length === 0) return (t) => t;
  const regex = new RegExp(
    patterns
      .sort((a, b) => b.weight - a.weight)
      .map((p) => `(?:${p.pattern})`)
      .join('|'),
    'giu',
  );
  // A name withheld part by part reads once: "[withheld] [withheld]" is "[withheld]".
  return (text) => text.replace(regex, WITHHELD).replace(/\[withheld\](?:\s+\[withheld\])+/g, WITHHELD);
};

/** Which identifying values a text contains (an anonymised draft the lawyer has since edited). */
export const identifiersIn = (text: string, id: Identity): string[] => {
  const found = new Set<string>();
  for (const { label, value } of identifyingValues(id)) {
    if (new RegExp(numberPattern(value) ?? whole(escape(value)), 'iu').test(text)) found.add(label);
  }
  const c = id.client;
  for (const [label, name] of [
    ["the client's name", c.fullName],
    ["the client's name in Urdu", c.nameUr],
    ["the father's or husband's name", c.guardianName],
    ["the family contact's name", id.familyContactName],
  ] as const) {
    if (nameParts(name).some((part) => new RegExp(whole(escape(part)), 'iu').test(text))) found.add(label);
  }
  return [...found];
};
