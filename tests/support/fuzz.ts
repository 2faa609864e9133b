import fc from 'fast-check';

/*
 * Adversarial inputs for IPC fuzzing (issue 7, "Proof"): what a compromised or buggy renderer could
 * send. Values can be anything Electron's structured clone carries (Dates, Maps, BigInts, typed
 * arrays, objects with an own "__proto__"), not only JSON.
 */

export const PROTO_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__defineGetter__',
  '__lookupSetter__',
] as const;

export const TRAVERSAL = [
  '../../../../etc/passwd',
  '..\\..\\..\\Windows\\System32\\config\\SAM',
  '/etc/shadow',
  'C:\\Windows\\win.ini',
  '\\\\server\\share\\case.docx',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '....//....//etc/passwd',
  'file:///etc/passwd',
  '/proc/self/environ',
  '/dev/zero',
  '../muhafiz.key.json',
  'muhafiz.db',
  'backups/../../muhafiz.db',
  'x\u0000.db',
  'NUL',
  '~/.ssh/id_rsa',
  '/tmp/..',
];

export const HOSTILE_TEXT = [
  "' OR '1'='1",
  "'); DROP TABLE clients; --",
  "x'; ATTACH DATABASE '/tmp/x.db' AS x; --",
  '*/ DELETE FROM audit_log; /*',
  '{{constructor.constructor("return process")()}}',
  '{#each this}}{{/each}}',
  '${process.exit(1)}',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '\u202Egpj.exe',
  '\uD800',
  '\uDFFF\uD800',
  '\uFEFF\u200B\u200D',
  '',
  ' ',
  '\n\t\r',
  'null',
  'undefined',
  'NaN',
  '[object Object]',
  '0x7fffffff',
  '1e309',
  '-0',
  '9999-99-99',
  '2026-02-30',
  '25:61',
  'ERASE ',
];

/** Strings past every limit in the contract (rarely past the largest, 7 MB for a Word file, as that costs). */
export const hugeString = fc
  .tuple(
    fc.oneof(
      { arbitrary: fc.constantFrom(101, 1_001, 10_001, 100_001, 1_000_001, 2_000_001), weight: 24 },
      { arbitrary: fc.constant(7_000_001), weight: 1 },
    ),
    fc.constantFrom('a', 'ق', '\u0000', '🙂', ' '),
  )
  .map(([n, c]) => c.repeat(Math.ceil(n / c.length)));

const weirdNumber = fc.constantFrom(
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  -1,
  0.5,
  2 ** 53 + 1,
  -(2 ** 63),
  1e308,
  Number.MIN_VALUE,
);

const cloneable = fc.constantFrom<unknown>(
  null,
  undefined,
  true,
  false,
  new Date(Number.NaN),
  new Date('2026-11-27T05:00:00.000Z'),
  new Map([['caseId', 'x']]),
  new Set(['x']),
  10n,
  -(2n ** 70n),
  new Uint8Array([0, 1, 2]),
  new ArrayBuffer(8),
  /x/g,
  [],
  [null],
  {},
  Object.create(null) as object,
);

/** An object with an own key that JavaScript treats specially, as JSON.parse or a clone makes it. */
const protoObject = fc
  .tuple(fc.constantFrom(...PROTO_KEYS), fc.jsonValue())
  .map(([key, value]) => JSON.parse(`{${JSON.stringify(key)}: ${JSON.stringify(value ?? null)}}`) as unknown);

/** One adversarial value: wrong types, huge strings, NaN, prototype keys, traversal and injection. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constantFrom(...TRAVERSAL), weight: 3 },
  { arbitrary: fc.constantFrom(...HOSTILE_TEXT), weight: 3 },
  { arbitrary: hugeString, weight: 1 },
  { arbitrary: weirdNumber, weight: 2 },
  { arbitrary: cloneable, weight: 3 },
  { arbitrary: protoObject, weight: 2 },
  { arbitrary: fc.integer(), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 80 }), weight: 2 },
  {
    arbitrary: fc.anything({
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withTypedArray: true,
      withNullPrototype: true,
      withSparseArray: true,
      withBoxedValues: true,
      maxDepth: 3,
      key: fc.oneof(fc.string(), fc.constantFrom(...PROTO_KEYS)),
    }),
    weight: 2,
  },
);

type Path = (string | number)[];

/** Paths to every value inside a JSON-like input (the root is []). */
export const pathsOf = (value: unknown, path: Path = []): Path[] => {
  const out: Path[] = [path];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pathsOf(v, [...path, i])));
  else if (isPlainObject(value)) {
    for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...path, k]));
  }
  return out;
};

/** Objects and arrays the fuzzer edits inside; Dates, Maps, typed arrays and boxed values stay whole. */
const isPlainObject = (v: unknown): v is Record<string, unknown> => {
  if (v === null || typeof v !== 'object') return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
};

/** Defines an own, enumerable property, even "__proto__", as a clone across IPC would. */
const setOwn = (target: Record<string | number, unknown>, key: string | number, value: unknown) =>
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });

const parentOf = (root: unknown, path: Path): Record<string | number, unknown> | null => {
  let node = root;
  for (const key of path.slice(0, -1)) node = (node as Record<string | number, unknown>)[key];
  return node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>) : null;
};

export type Mutation =
  | { kind: 'replace'; at: number; value: unknown }
  | { kind: 'drop'; at: number }
  | { kind: 'extra'; at: number; key: string; value: unknown }
  | { kind: 'root'; value: unknown };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: hostileValue }), weight: 6 },
  { arbitrary: fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }), weight: 1 },
  {
    arbitrary: fc.record({
      kind: fc.constant('extra' as const),
      at: fc.nat(),
      key: fc.oneof(fc.constantFrom(...PROTO_KEYS), fc.string({ minLength: 1, maxLength: 12 })),
      value: hostileValue,
    }),
    weight: 2,
  },
  { arbitrary: fc.record({ kind: fc.constant('root' as const), value: hostileValue }), weight: 1 },
);

/** A valid input with one thing wrong (or hostile): a field replaced or dropped, a key added, or all of it. */
export const applyMutation = (valid: unknown, m: Mutation): unknown => {
  if (m.kind === 'root') return m.value;
  const input = structuredClone(valid);
  const paths = pathsOf(input);
  const at = (p: Path): unknown =>
    p.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], input);
  if (m.kind === 'extra') {
    const objects = paths.filter((p) => isPlainObject(at(p)));
    if (objects.length === 0) return m.value;
    setOwn(at(objects[m.at % objects.length] as Path) as Record<string, unknown>, m.key, m.value);
    return input;
  }
  const inner = paths.filter((p) => p.length > 0);
  if (inner.length === 0) return m.kind === 'replace' ? m.value : undefined;
  const path = inner[m.at % inner.length] as Path;
  const parent = parentOf(input, path);
  const key = path.at(-1) as string | number;
  if (!parent) return input;
  if (m.kind === 'drop') {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  } else {
    setOwn(parent, key, m.value);
  }
  return input;
};

/** Something for a channel: mostly a valid input with one hostile change, sometimes anything at all. */
export const adversarialInput = (valid: unknown): fc.Arbitrary<unknown> =>
  fc.oneof(
    { arbitrary: mutation.map((m) => applyMutation(valid, m)), weight: 8 },
    {
      arbitrary: fc.tuple(mutation, mutation).map(([a, b]) => applyMutation(applyMutation(valid, a), b)),
      weight: 2,
    },
    { arbitrary: hostileValue, weight: 1 },
  );

/** Sender frames that are not the window's own top-level page. */
export const foreignSender: fc.Arbitrary<{ url: string | null; parent?: string }> = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }).map((url) => ({ url })),
  fc.constantFrom(
    { url: 'file:///home/lawyer/index.html' },
    { url: 'app://other/index.html' },
    { url: 'app://muhafiz.evil.example/index.html' },
    { url: 'app://muhafiz@evil.example/index.html' },
    { url: 'about:blank' },
    { url: 'data:text/html,<script>1</script>' },
    { url: 'chrome-error://chromewebdata/' },
    { url: null },
    { url: 'app://muhafiz/index.html', parent: 'app://muhafiz/index.html' },
    { url: 'app://muhafiz/index.html', parent: 'https://evil.example/' },
    { url: 'https://evil.example/', parent: 'app://muhafiz/index.html' },
  ),
  fc.string().map((url) => ({ url })),
);
