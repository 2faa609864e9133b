import { isValid, parseISO } from 'date-fns';
import { z } from 'zod';

/** Field builders shared by every schema in the contract. */
export const id = z.string({ error: 'Required' }).trim().min(1, 'Required').max(64, 'Not a valid id');

export const text = (max: number) =>
  z.string({ error: 'Required' }).trim().min(1, 'Required').max(max, `At most ${max} characters`);

/** Optional free text: blank becomes null. */
export const optText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters`)
    .nullish()
    .transform((v) => (v ? v : null));

const isRealDate = (s: string): boolean => isValid(parseISO(s));

/** A calendar date (not an instant): YYYY-MM-DD. */
export const calendarDate = z
  .string({ error: 'Required' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use the format YYYY-MM-DD')
  .refine(isRealDate, 'Not a real calendar date');

export const optDate = calendarDate.nullish().transform((v) => v ?? null);

/** Local (Pakistan) time of day, 24-hour HH:MM. */
export const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use the 24-hour format HH:MM');
export const optTime = timeOfDay.nullish().transform((v) => v ?? null);

/** CNIC as printed on the card: 12345-1234567-1. */
export const cnic = z
  .string()
  .trim()
  .regex(/^\d{5}-\d{7}-\d$/, 'CNIC must look like 12345-1234567-1')
  .nullish()
  .or(z.literal(''))
  .transform((v) => (v ? v : null));

export const phone = z
  .string()
  .trim()
  .regex(/^[+0-9][0-9 -]{6,19}$/, 'Phone must be digits, e.g. 0300-1234567 or +92 300 1234567')
  .nullish()
  .or(z.literal(''))
  .transform((v) => (v ? v : null));

export const nullableString = z.string().nullable();
