import type { HrdCategory, Gender } from '../../../shared/enums';
import type { ClientRow } from '../reports/redaction';
import { literalPattern } from '../reports/name-pattern';

/*
 * What identifies a client in an appeal or complaint, and how a draft without consent describes
 * them instead. Identifying: the name (English and Urdu, and each part of it), the codename, the
 * CNIC, the father's or husband's name, the address, the phone, the exact place last seen (a
 * village or street names the family), who they were with, the family contact's name and phone,
 * the numbers of their cases, those linked to the record and any other they are a party to (a
 * petition or FIR number finds the person in any cause list), a case title naming the parties,
 * and the names of incident witnesses and of the people in the contact log. Each value is found as
 * typed (an Urdu name in any keyboard's letters, with or without vowel marks) and also as rendered
 * HTML writes it (name-pattern.ts); a CNIC or phone also in any spacing, a case number with any
 * separator between its digit groups.
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
  /** Titles of the client's cases that name parties ("State v. …"). */
  caseTitles?: string[];
  /** Other people whose names find the client: incident witnesses, people in the contact log. */
  people?: string[];
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

/** What kind of value it is, which decides the patterns that find it besides its literal text. */
type Kind = 'text' | 'number' | 'reference' | 'name';
type Value = { label: string; value: string; kind: Kind };

const values = (id: Identity): Value[] => {
  const c = id.client;
  const out: Value[] = [];
  const add = (label: string, value: string | null, kind: Kind = 'text') => {
    if (value && value.trim().length >= 3) out.push({ label, value: value.trim(), kind });
  };
  add("the client's name", c.fullName, 'name');
  add("the client's name in Urdu", c.nameUr, 'name');
  add('the codename', c.codename);
  add('the CNIC', c.cnic, 'number');
  add("the father's or husband's name", c.guardianName, 'name');
  add('the address', c.address);
  add('the phone number', c.phone, 'number');
  // The client's contact person ("Hameed Khan (brother) 0301-7654321"): the name and the number.
  add("the contact person's name or number", c.contactPerson, 'number');
  add('the place last seen', id.lastSeenPlace);
  add('who the client was with', id.lastSeenWith);
  add("the family contact's name", id.familyContactName, 'name');
  add("the family contact's phone", id.familyContactPhone, 'number');
  for (const n of id.caseNumbers) add('a case or FIR number', n, 'reference');
  for (const t of id.caseTitles ?? []) add("a case's title", t);
  for (const n of id.incidentDetails) add("an incident's place or reference", n, 'reference');
  for (const p of id.people ?? []) add("a witness's or contact's name", p);
  return out;
};

/** Each identifying value with the label the editor's notice shows for it. */
export const identifyingValues = (id: Identity): { label: string; value: string }[] =>
  values(id).map(({ label, value }) => ({ label, value }));

/** Not inside a longer word (Latin or Urdu letters, their marks, digits). */
const whole = (body: string) => `(?<![\\p{L}\\p{M}\\p{N}])(?:${body})(?![\\p{L}\\p{M}\\p{N}])`;
const RELATIONS =
  /^(brothers?|sisters?|father|mother|husband|wife|sons?|daughters?|uncles?|aunts?|cousins?|nephews?|nieces?|neighbou?rs?|bibi|the|and|her|his|their|with|from|friends?|colleagues?|mr|mrs|ms|sahib|sahiba)$/i;
/** The words of a name worth hiding on their own: three letters or more, a letter among them, no relation. */
const nameParts = (name: string | null): string[] =>
  (name ?? '')
    .split(/[\s,.()/-]+/u)
    .map((p) => p.replace(/^['’‘]+|['’‘]+$/gu, ''))
    .filter((p) => [...p].length >= 3 && /\p{L}/u.test(p) && !RELATIONS.test(p));
/** Offices and places that a person in the contact log is described by ("SHO PS City Turbat"): not names. */
const OFFICES =
  /^(sho|ps|dpo|ssp|sp|dsp|asi|si|io|sdpo|dc|ac|police|station|thana|city|saddar|inspector|officer|registrar|clerk|court|commission|home|department|secretary|deputy|commissioner|mohalla|village)$/i;
/** The capitalised words of free text ("her cousin Bilal Ahmed"): its proper names, not its common words. */
const properNames = (text: string | null): string[] =>
  nameParts(text).filter((p) => !/^\p{Ll}/u.test(p) && !OFFICES.test(p));

/** A CNIC or phone number in any spacing ("0300-1234567", "0300 1234567", "+92 300 1234567"). */
const numberPattern = (value: string): string | null => {
  const d = value.replace(/\D/g, '').replace(/^(0092|92|0)/, '');
  if (d.length < 7) return null;
  return whole(`(?:(?:\\+|00)?92|0)?[\\s-]*${d.split('').join('[\\s-]*')}`);
};

/** A case or FIR number's digit groups with any separator ("1187 of 2026", "1187/2026", "1412-B of 2026"). */
const referencePattern = (value: string): string | null => {
  const groups = value.match(/\d+/g) ?? [];
  if (groups.length < 2 || groups.join('').length < 4) return null;
  // Between the groups: separators, and a letter or two ("1412-B of 2026", "123/2026").
  return whole(groups.join('[\\s\\-/.]*(?:[a-z]{1,2}[\\s\\-/.]*){0,2}'));
};

/** The patterns that find one value: always its literal text, and its digits for a number or a case number. */
const patternsOf = ({ value, kind }: Value): string[] => {
  const out = [whole(literalPattern(value))];
  const digits = kind === 'number' ? numberPattern(value) : kind === 'reference' ? referencePattern(value) : null;
  if (digits) out.push(digits);
  return out;
};

/** The people whose names are hidden word by word, each with the label the notice shows. */
const namedPeople = (id: Identity): [string, string[]][] => {
  const c = id.client;
  return [
    ["the client's name", nameParts(c.fullName)],
    ["the client's name in Urdu", nameParts(c.nameUr)],
    ["the father's or husband's name", nameParts(c.guardianName)],
    ["the family contact's name", nameParts(id.familyContactName)],
    ["the contact person's name or number", properNames(c.contactPerson)],
    ['who the client was with', properNames(id.lastSeenWith)],
    ["a witness's or contact's name", (id.people ?? []).flatMap(properNames)],
  ];
};

export const WITHHELD = '[withheld]';

/**
 * Hides every identifying value in text (whole values, then each part of a person's name, and
 * numbers in any spacing), longest first, in one pass so a replacement is never replaced again.
 * Works on plain text and on rendered HTML alike (see name-pattern.ts).
 */
export const identityScrub = (id: Identity): ((text: string) => string) => {
  const patterns: { pattern: string; weight: number }[] = [];
  for (const v of values(id)) {
    const [literal, ...digits] = patternsOf(v);
    patterns.push({ pattern: literal ?? '', weight: v.value.length });
    for (const d of digits) patterns.push({ pattern: d, weight: 10_000 });
  }
  for (const [, parts] of namedPeople(id))
    for (const part of parts) patterns.push({ pattern: whole(literalPattern(part)), weight: part.length });
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
  for (const v of values(id)) {
    if (patternsOf(v).some((p) => new RegExp(p, 'iu').test(text))) found.add(v.label);
  }
  for (const [label, parts] of namedPeople(id)) {
    if (parts.some((part) => new RegExp(whole(literalPattern(part)), 'iu').test(text))) found.add(label);
  }
  return [...found];
};
