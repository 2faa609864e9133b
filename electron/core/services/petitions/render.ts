import Handlebars from 'handlebars';
import type { MissingField } from '../../../shared/petition-schemas';
import { labelOf } from './fields';
import type { MergeData, RenderResult, ShippedTemplate } from './types';

/*
 * Renders a shipped template. The fields a template needs are found from its own syntax tree:
 * every plain `{{path}}` it prints is rewritten to `{{field path "path"}}`, so a value the case
 * lacks is caught where it would print (only in the branches the case's facts select), reported
 * as missing and shown as a visible «[label]» marker, never as a blank.
 */

type Node = hbs.AST.Node;
type Program = hbs.AST.Program;
type PathExpression = hbs.AST.PathExpression;

const hb = Handlebars.create();

type Frame = { missing?: MissingField[] };

const isAbsent = (v: unknown): boolean => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

hb.registerHelper('field', function (value: unknown, path: string, options: Handlebars.HelperOptions) {
  if (!isAbsent(value)) return String(value);
  const label = labelOf(path);
  const missing = (options.data as Frame | undefined)?.missing;
  if (missing && !missing.some((m) => m.field === path)) missing.push({ field: path, label });
  return `«[${label}]»`;
});

/** `{{#if (eq a "b")}}`: comparisons for conditions. */
hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
hb.registerHelper('or', (...args: unknown[]) => args.slice(0, -1).some(Boolean));
hb.registerHelper('and', (...args: unknown[]) => args.slice(0, -1).every(Boolean));
hb.registerHelper('not', (a: unknown) => !a);

/** A path the template prints from the root of the data (not `this`, `@index` or `../`). */
const rootPath = (node: Node): node is PathExpression => {
  const p = node as PathExpression;
  return p.type === 'PathExpression' && !p.data && p.depth === 0 && p.parts.length > 0 && !/^this\b/.test(p.original);
};

const helperPath = (loc: hbs.AST.SourceLocation): PathExpression =>
  ({ type: 'PathExpression', data: false, depth: 0, parts: ['field'], original: 'field', loc }) as PathExpression;

const literal = (value: string, loc: hbs.AST.SourceLocation): hbs.AST.StringLiteral =>
  ({ type: 'StringLiteral', value, original: value, loc }) as hbs.AST.StringLiteral;

const CONDITIONALS = new Set(['if', 'unless']);

/** Rewrites the printing of plain paths, in place; inside each/with the paths are relative and are left alone. */
const instrument = (program: Program | undefined): void => {
  if (!program) return;
  for (const node of program.body) {
    if (node.type === 'MustacheStatement') {
      const m = node as hbs.AST.MustacheStatement;
      if (m.params.length === 0 && !m.hash && rootPath(m.path)) {
        m.params = [m.path, literal(m.path.original, m.loc)];
        m.path = helperPath(m.loc);
      }
    } else if (node.type === 'BlockStatement') {
      const b = node as hbs.AST.BlockStatement;
      const name = (b.path as PathExpression).original;
      if (CONDITIONALS.has(name)) {
        instrument(b.program);
        instrument(b.inverse);
      }
    }
  }
};

const cache = new Map<string, HandlebarsTemplateDelegate>();

const compiled = (source: string): HandlebarsTemplateDelegate => {
  let t = cache.get(source);
  if (!t) {
    const ast = hb.parse(source);
    instrument(ast);
    t = hb.compile(ast, { noEscape: false, strict: false });
    cache.set(source, t);
  }
  return t;
};

const UNSAFE_KEYS = new Set(['__proto__', 'prototype', 'constructor']);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Answers fill (or override) fields by path. Under the merge data's own keys an answer fills a
 * leaf of an object the case already has and never creates one: a stored answer for
 * "bail.lastDismissed.orderDate" must not conjure an earlier dismissed petition after the facts
 * change. Paths outside the merge data (an organisation's own placeholders) are created; so is
 * every path when `create` is set (Word templates, which have no conditions of ours to flip).
 */
export const applyAnswers = (data: MergeData, answers: Record<string, string>, create = false): MergeData => {
  const merged = structuredClone(data);
  for (const [path, raw] of Object.entries(answers)) {
    const keys = path.split('.');
    const value = raw.trim();
    if (value === '' || keys.some((k) => k === '' || UNSAFE_KEYS.has(k))) continue;
    const creating = create || !Object.hasOwn(merged, keys[0] as string);
    const leaf = keys.pop() as string;
    let target: unknown = merged;
    for (const k of keys) {
      if (!isRecord(target)) break;
      if (creating && !isRecord(target[k])) target[k] = {};
      target = Object.hasOwn(target, k) ? target[k] : undefined;
    }
    if (isRecord(target)) target[leaf] = value;
  }
  return merged;
};

export const renderPetition = (
  template: ShippedTemplate,
  data: MergeData,
  answers: Record<string, string>,
): RenderResult => {
  const missing: MissingField[] = [];
  const html = compiled(template.source)(applyAnswers(data, answers), { data: { missing } satisfies Frame });
  return { html: tidy(html), missing };
};

/** Template whitespace between tags carries no meaning in the draft: collapse it. */
const tidy = (html: string): string =>
  html
    .replace(/>\s*\n\s*</g, '><')
    .replace(/\s*\n\s*/g, ' ')
    .trim();

/** The root paths a template's source prints or tests (for checks that every field is known). */
export const templatePaths = (source: string): string[] => {
  const found = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!isRecord(node)) return;
    if (node.type === 'PathExpression' && rootPath(node as unknown as Node)) {
      const p = (node as unknown as PathExpression).original;
      if (!hb.helpers[p] && !CONDITIONALS.has(p)) found.add(p);
    }
    for (const [k, v] of Object.entries(node)) if (k !== 'loc') visit(v);
  };
  visit(hb.parse(source));
  return [...found].sort();
};
