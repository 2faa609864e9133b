/** Closed set of error codes that may cross IPC. */
export const ERROR_CODES = [
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'LOCKED',
  'WRONG_PASSPHRASE',
  'DAMAGED',
  'UNSUPPORTED_VERSION',
  /** The request came from a frame that is not our own top-level page (a stray navigation, an iframe). */
  'FORBIDDEN_SENDER',
  /** Too many wrong passphrases in a row: the next try must wait (the message says how long). */
  'TOO_MANY_ATTEMPTS',
  /** The disk (or USB drive) is full or could not be written: nothing of this request was saved. */
  'DISK_FULL',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type AppError = {
  code: ErrorCode;
  message: string;
  /** Field path (dot separated) -> message, for form validation. */
  fields?: Record<string, string>;
};

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, fields?: Record<string, string>): Result<never> =>
  fields ? { ok: false, error: { code, message, fields } } : { ok: false, error: { code, message } };
