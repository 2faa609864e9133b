import { z } from 'zod';

/**
 * `schema.safeParse` that never throws. Zod compares a value's `length` before it knows the value
 * is a string, so an object such as `{ length: { toString: '' } }` (which JSON or a structured
 * clone can carry) makes it throw "Cannot convert object to primitive value" instead of
 * answering. Such a value is simply not valid.
 */
export const safeParse = <S extends z.ZodType>(schema: S, input: unknown): z.ZodSafeParseResult<z.output<S>> => {
  try {
    return schema.safeParse(input);
  } catch {
    // The value itself is left out, as zod leaves it out of its own issues (it may hold a client's name).
    const issue = { code: 'custom' as const, path: [], message: 'The request holds a value that is not valid.' };
    return { success: false, error: new z.ZodError([issue]) as z.ZodError<z.output<S>> };
  }
};
