import { asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { ruleConditions, rulePack, type LegalRule, type ruleInput } from '../../shared/deadline-schemas';
import { safeParse } from '../../shared/safe-parse';
import type { Db } from '../db/client';
import { legalRules } from '../db/schema';
import { AppFailure, must } from '../errors';
import { newId } from '../lib/ids';

type RuleData = z.output<typeof ruleInput>;
type RuleRow = typeof legalRules.$inferSelect;

const toRule = ({ createdAt: _c, conditions, ...row }: RuleRow): LegalRule => {
  const parsed = ruleConditions.safeParse(JSON.parse(conditions));
  // A condition this build cannot read must not silently widen a rule: such a rule stays off.
  return parsed.success ? { ...row, conditions: parsed.data } : { ...row, conditions: {}, active: false };
};

export const listRules = (db: Db): LegalRule[] =>
  db.select().from(legalRules).orderBy(asc(legalRules.statute), asc(legalRules.name)).all().map(toRule);

export const getRule = (db: Db, id: string): LegalRule =>
  toRule(must(db.select().from(legalRules).where(eq(legalRules.id, id)).get(), 'The rule'));

const values = (data: RuleData, now: string) => ({
  ...data,
  conditions: JSON.stringify(data.conditions),
  updatedAt: now,
});

/** Creates a rule (new id) or replaces one; the caller recomputes deadlines in the same transaction. */
export const saveRule = (db: Db, id: string | undefined, data: RuleData, now: string): LegalRule => {
  if (id) {
    getRule(db, id);
    db.update(legalRules).set(values(data, now)).where(eq(legalRules.id, id)).run();
    return getRule(db, id);
  }
  const newRuleId = newId();
  db.insert(legalRules)
    .values({ id: newRuleId, ...values(data, now), createdAt: now })
    .run();
  return getRule(db, newRuleId);
};

export const exportRules = (db: Db, now: Date) => ({
  filename: `muhafiz-rules-${now.toISOString().slice(0, 10)}.json`,
  content: JSON.stringify(
    {
      format: 'muhafiz-rule-pack',
      version: 1,
      exportedAt: now.toISOString(),
      rules: listRules(db).map(({ updatedAt: _u, ...rule }) => rule),
    },
    null,
    2,
  ),
});

/** Imports a rule pack: rules with a known id are replaced, the others added. */
export const importRules = (db: Db, content: string, now: string) => {
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch {
    throw new AppFailure('VALIDATION', 'This file is not a Muhafiz rule pack (not JSON).', { content: 'Not JSON' });
  }
  const pack = safeParse(rulePack, json);
  if (!pack.success) {
    const first = pack.error.issues[0];
    throw new AppFailure(
      'VALIDATION',
      `This rule pack is not valid: ${[first?.path.join('.'), first?.message].filter(Boolean).join(' ')}`.trim(),
      {
        content: 'Not a valid rule pack',
      },
    );
  }
  let created = 0;
  let updated = 0;
  for (const { id, ...data } of pack.data.rules) {
    const exists = db.select({ id: legalRules.id }).from(legalRules).where(eq(legalRules.id, id)).get();
    if (exists) {
      db.update(legalRules).set(values(data, now)).where(eq(legalRules.id, id)).run();
      updated += 1;
    } else {
      db.insert(legalRules)
        .values({ id, ...values(data, now), createdAt: now })
        .run();
      created += 1;
    }
  }
  return { created, updated };
};
