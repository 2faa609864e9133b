import type { CasePartyRole, RiskLevel } from '../../../shared/enums';
import type { ReportPerson } from '../../../shared/report-schemas';
import type { clients } from '../../db/schema';
import { literalPattern } from './name-pattern';

/*
 * Redacted printing (issue 6). A redacted printout names each client by codename (or "Client A"
 * when none is set) and withholds the CNIC, phone, address and family details (guardian and
 * contact person). Free text that reaches paper (stage, hearing purposes, short orders) is
 * scrubbed of the same: whole names, each part of a name, the Urdu name, the numbers in any
 * spacing, the address and the family names; an Urdu name whichever keyboard typed its yeh, kaf
 * or heh and with or without vowel marks (name-pattern.ts). Pure; no database.
 */

export type ClientRow = typeof clients.$inferSelect;

/** Redaction is on unless asked otherwise for a sensitive client or one at high or critical risk. */
const RISKY: readonly RiskLevel[] = ['high', 'critical'];
export const redactByDefault = (people: Pick<ClientRow, 'sensitive' | 'riskLevel'>[]): boolean =>
  people.some((p) => p.sensitive || RISKY.includes(p.riskLevel));

/** The name a redacted printout uses: the codename, else "Client A", "Client B"… by position. */
export const aliasOf = (c: Pick<ClientRow, 'codename'>, index: number): string =>
  c.codename?.trim() || `Client ${String.fromCharCode(65 + (index % 26))}`;

export const toPerson = (c: ClientRow, role: CasePartyRole | null, redacted: boolean, alias: string): ReportPerson => ({
  clientId: c.id,
  label: redacted ? alias : c.fullName,
  nameUr: redacted ? null : c.nameUr,
  role,
  withheld: redacted,
  cnic: redacted ? null : c.cnic,
  phone: redacted ? null : c.phone,
  address: redacted ? null : c.address,
  guardianRelation: redacted ? null : c.guardianRelation,
  guardianName: redacted ? null : c.guardianName,
  contactPerson: redacted ? null : c.contactPerson,
  category: c.category,
  gender: c.gender,
  riskLevel: c.riskLevel,
  sensitive: c.sensitive,
  district: c.district,
});

/** Not inside a longer word (Latin or Urdu letters, their marks, digits). */
const whole = (body: string) => `(?<![\\p{L}\\p{M}\\p{N}])(?:${body})(?![\\p{L}\\p{M}\\p{N}])`;

/** A number in any spacing: "0300-1234567", "0300 1234567", "03001234567"; a phone also as +92 300… */
const numberPattern = (value: string, phone: boolean): string | null => {
  let digits = value.replace(/\D/g, '');
  if (digits.length < 7) return null;
  let prefix = '';
  if (phone) {
    digits = digits.replace(/^(0092|92|0)/, '');
    prefix = '(?:(?:\\+|00)?92|0)?[\\s-]*';
  }
  return whole(prefix + digits.split('').join('[\\s-]*'));
};

/** Words that say how a contact is related, not who they are: left in place. */
const RELATIONS = new Set(
  ['brother', 'sister', 'father', 'mother', 'husband', 'wife', 'son', 'daughter', 'uncle', 'aunt', 'cousin'].flatMap(
    (w) => [w, `${w}s`],
  ),
);

/** Parts of a name worth hiding on their own: three letters or more. */
const nameParts = (name: string | null): string[] =>
  (name ?? '').split(/[\s,.-]+/u).filter((p) => [...p].length >= 3 && !RELATIONS.has(p.toLowerCase()));

type Rule = { pattern: string; replacement: string; weight: number };

const rulesFor = (c: ClientRow, alias: string, family: readonly string[] = []): Rule[] => {
  const rules: Rule[] = [];
  const add = (text: string | null, replacement: string) => {
    if (text && text.trim().length >= 3)
      rules.push({ pattern: whole(literalPattern(text.trim())), replacement, weight: text.length });
  };
  add(c.fullName, alias);
  add(c.nameUr, alias);
  add(c.address, 'withheld');
  add(c.guardianName, 'withheld');
  add(c.contactPerson, 'withheld');
  for (const name of family) add(name, 'withheld');
  for (const part of [...nameParts(c.fullName), ...nameParts(c.nameUr)]) add(part, alias);
  for (const part of [c.guardianName, c.contactPerson, ...family].flatMap(nameParts)) add(part, 'withheld');
  for (const [value, phone] of [
    [c.cnic, false],
    [c.phone, true],
    [c.contactPerson, true],
  ] as const) {
    const pattern = value ? numberPattern(value, phone) : null;
    if (pattern) rules.push({ pattern, replacement: 'withheld', weight: 1000 });
  }
  return rules;
};

export type Scrub = (text: string | null) => string | null;

/**
 * A scrubber for free text, hiding every client given, with their family (and any other names of
 * people close to them recorded elsewhere, such as a disappearance record's family contact). Longer
 * matches win (the whole name before its parts, numbers first), in a single pass so a replacement
 * is never replaced again.
 */
export const makeScrub = (people: { client: ClientRow; alias: string; family?: readonly string[] }[]): Scrub => {
  const rules = people.flatMap((p) => rulesFor(p.client, p.alias, p.family)).sort((a, b) => b.weight - a.weight);
  if (rules.length === 0) return (t) => t;
  const regex = new RegExp(rules.map((r) => `(${r.pattern})`).join('|'), 'giu');
  return (text) =>
    text === null
      ? null
      : text.replace(regex, (...groups: unknown[]) => {
          const i = groups.slice(1, rules.length + 1).findIndex((g) => g !== undefined);
          return rules[i]?.replacement ?? 'withheld';
        });
};

/** The identity scrubber, for a printout that is not redacted. */
export const noScrub: Scrub = (t) => t;

/**
 * A place on a redacted printout. Scrubbed like any free text, and more: a place with a number in it
 * ("His home, Street 21, G-9/2, Islamabad") is an address that finds the client's door, so only its
 * last part stays, when that is a town or district with no number ("withheld, Islamabad").
 */
export const redactPlace = (place: string | null, scrub: Scrub): string | null => {
  const text = scrub(place);
  if (text === null || !/\p{N}/u.test(text)) return text;
  // Parts are separated by commas, English or Urdu ("،").
  const last = text.split(/[,،]/u).at(-1)?.trim() ?? '';
  return last && !/\p{N}/u.test(last) && last !== text.trim() ? `withheld, ${last}` : 'withheld';
};
