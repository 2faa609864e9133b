import type { ErrorCode } from '../shared/result';

/** A failure with a code the user can act on; dispatch turns it into { ok: false, error }. */
export class AppFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppFailure';
  }
}

export const notFound = (what: string): AppFailure => new AppFailure('NOT_FOUND', `${what} was not found`);

/** Asserts a row exists, else NOT_FOUND with the given noun. */
export const must = <T>(row: T | undefined, what: string): T => {
  if (row === undefined) throw notFound(what);
  return row;
};
