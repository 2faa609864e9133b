import type Docxtemplater from 'docxtemplater';
import type InspectModule from 'docxtemplater/js/inspect-module.js';
import type PizZip from 'pizzip';
import type { MissingField } from '../../../shared/petition-schemas';
import { AppFailure } from '../../errors';
import { isKnownField, labelOf } from './fields';
import { applyAnswers } from './render';
import type { MergeData } from './types';

/*
 * An organisation's own petition: a Word document with placeholders such as {client.fullName}
 * (the merge fields of fields.ts), and loops such as {#offences}{text}{/offences}.
 */

type Scope = Record<string, unknown>;

type Libs = { Docxtemplater: typeof Docxtemplater; InspectModule: typeof InspectModule; PizZip: typeof PizZip };
let libs: Libs | undefined;
/** docxtemplater and pizzip (~11 MB resident) load with the first Word template, not with the main process (issue 8). */
const load = async (): Promise<Libs> =>
  (libs ??= {
    Docxtemplater: (await import('docxtemplater')).default,
    InspectModule: (await import('docxtemplater/js/inspect-module.js')).default,
    PizZip: (await import('pizzip')).default,
  });

/** Dotted paths ("fir.date") looked up from the current scope, then from the outer ones. */
const parser = (tag: string) => ({
  get(scope: unknown, context: { scopeList: unknown[] }) {
    if (tag === '.') return scope;
    const keys = tag.split('.');
    for (let i = context.scopeList.length - 1; i >= 0; i--) {
      let value: unknown = context.scopeList[i];
      for (const k of keys)
        value = value && typeof value === 'object' && Object.hasOwn(value, k) ? (value as Scope)[k] : undefined;
      if (value !== undefined) return value;
    }
    return undefined;
  },
});

const open = (
  { Docxtemplater, PizZip }: Libs,
  buffer: Buffer,
  modules: InspectModule[] = [],
  nullGetter?: (part: { value?: unknown }) => string,
) => {
  try {
    return new Docxtemplater(new PizZip(buffer), {
      paragraphLoop: true,
      linebreaks: true,
      // The error is reported to the lawyer, not logged to the console.
      errorLogging: false,
      parser,
      modules,
      ...(nullGetter ? { nullGetter } : {}),
    });
  } catch (e) {
    throw new AppFailure('VALIDATION', `This Word template cannot be read: ${templateProblem(e)}`);
  }
};

/** Docxtemplater reports several template errors at once in `properties.errors`. */
const templateProblem = (e: unknown): string => {
  const errors = (e as { properties?: { errors?: { properties?: { explanation?: string } }[] } }).properties?.errors;
  const explained = errors?.map((x) => x.properties?.explanation).filter(Boolean);
  if (explained && explained.length > 0) return explained.join('; ');
  return e instanceof Error ? e.message : 'not a Word document';
};

/** Tag paths of a docxtemplater tag tree; a loop's inner tags are written `loop[].tag`. */
const flatten = (tags: Record<string, unknown>, prefix = ''): string[] =>
  Object.entries(tags).flatMap(([name, inner]) => {
    const path = `${prefix}${name}`;
    const nested = inner && typeof inner === 'object' ? flatten(inner as Record<string, unknown>, `${path}[].`) : [];
    return [path, ...nested];
  });

/** The placeholders of a .docx, split into the merge fields Muhafiz fills and the ones it does not know. */
export const inspectDocx = async (buffer: Buffer): Promise<{ known: string[]; unknown: string[] }> => {
  const l = await load();
  const inspect = new l.InspectModule();
  open(l, buffer, [inspect]);
  const all = [...new Set(flatten(inspect.getAllTags()))].sort();
  return { known: all.filter(isKnownField), unknown: all.filter((t) => !isKnownField(t)) };
};

/** Fills a .docx; a placeholder with no value is reported and printed as a visible «[label]» marker. */
export const renderDocx = async (
  buffer: Buffer,
  data: MergeData,
  answers: Record<string, string>,
): Promise<{ buffer: Buffer; missing: MissingField[] }> => {
  const missing: MissingField[] = [];
  const doc = open(await load(), buffer, [], (part) => {
    const field = typeof part.value === 'string' ? part.value : '';
    const label = labelOf(field);
    if (!missing.some((m) => m.field === field)) missing.push({ field, label });
    return `«[${label}]»`;
  });
  try {
    doc.render(applyAnswers(data, answers, true));
  } catch (e) {
    throw new AppFailure('VALIDATION', `This Word template cannot be filled: ${templateProblem(e)}`);
  }
  return { buffer: doc.getZip().generate({ type: 'nodebuffer', compression: 'DEFLATE' }) as Buffer, missing };
};
