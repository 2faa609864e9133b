import { localFieldMessages } from '../i18n/errors';
import { ApiError } from './client';

/** Puts a backend validation error on the form's fields; returns true when it did. */
export const applyFieldErrors = (
  error: unknown,
  setErrors: (errors: Record<string, string>) => void,
  prefix = '',
): boolean => {
  if (!(error instanceof ApiError) || Object.keys(error.fields).length === 0) return false;
  const strip = (k: string) => (prefix && k.startsWith(prefix) ? k.slice(prefix.length) : k);
  setErrors(localFieldMessages(Object.fromEntries(Object.entries(error.fields).map(([k, v]) => [strip(k), v]))));
  return true;
};
