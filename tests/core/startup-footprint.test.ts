import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';

/*
 * Issue 8, the main process's memory: the libraries only an export or an import uses (exceljs
 * ~28 MB resident, docx ~13 MB, docxtemplater and pizzip ~11 MB, ics ~10 MB) are loaded when first used, not when the handlers are.
 * In a fresh Node process, as the main process starts: load every handler and list what came with them.
 */
test('loading the handlers does not load exceljs, docx, docxtemplater, pizzip or ics', () => {
  const root = resolve(__dirname, '../..');
  const script = `import('./electron/core/handlers/index.ts').then(() => {
    const heavy = Object.keys(require.cache).filter((f) => /node_modules\\/(exceljs|docx|docxtemplater|pizzip|ics)\\//.test(f));
    const light = Object.keys(require.cache).filter((f) => /node_modules\\/drizzle-orm\\//.test(f));
    console.log(JSON.stringify({ heavy: heavy.length, light: light.length }));
  });`;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], { cwd: root, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  const out = JSON.parse(r.stdout.trim()) as { heavy: number; light: number };
  // The check sees what is loaded: drizzle, which the handlers do need, is there.
  expect(out.light).toBeGreaterThan(0);
  expect(out.heavy).toBe(0);
});
