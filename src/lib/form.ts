import type { z } from 'zod';
import { localMessage } from '../i18n/errors';

/** Adapts a contract schema to Mantine's form validation: { 'field.path': message }. */
export const zodValidate =
  <S extends z.ZodType>(schema: S) =>
  (values: unknown): Record<string, string> => {
    const parsed = schema.safeParse(values);
    if (parsed.success) return {};
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const key = issue.path.map(String).join('.');
      errors[key] ??= localMessage(issue.message, 'VALIDATION');
    }
    return errors;
  };

/** Blank strings become null before sending, so optional fields stay optional. */
export const blankToNull = <T extends Record<string, unknown>>(values: T): T =>
  Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v === '' ? null : v])) as T;
