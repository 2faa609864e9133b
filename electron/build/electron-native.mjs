// `npm start` runs Electron, whose Node ABI differs from the system Node's. `npm install` builds the
// SQLite module (better-sqlite3-multiple-ciphers) for Node, which the tests use; this script builds a
// second copy for Electron in .electron-native/, once per Electron and module version, and the main
// process loads that copy in development (electron/main/paths.ts). Installers get their own rebuild
// from electron-builder (npmRebuild), so nothing here ships.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { rebuild } from '@electron/rebuild';

const root = process.cwd();
const require = createRequire(join(root, 'package.json'));
const electronVersion = require('electron/package.json').version;
const moduleDir = join(root, 'node_modules', 'better-sqlite3');
const modulePkg = JSON.parse(readFileSync(join(moduleDir, 'package.json'), 'utf8'));
const out = join(root, '.electron-native');
const stampFile = join(out, 'stamp.json');
const stamp = JSON.stringify({
  electronVersion,
  module: modulePkg.version,
  platform: process.platform,
  arch: process.arch,
});

if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) process.exit(0);

console.log(`Building the encrypted SQLite module for Electron ${electronVersion} (once)…`);
rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'node_modules'), { recursive: true });
cpSync(moduleDir, join(out, 'node_modules', 'better-sqlite3'), { recursive: true, dereference: true });
writeFileSync(
  join(out, 'package.json'),
  JSON.stringify({
    name: 'muhafiz-electron-native',
    private: true,
    dependencies: { 'better-sqlite3': modulePkg.version },
  }),
);
await rebuild({ buildPath: out, electronVersion, arch: process.arch, force: true });
writeFileSync(stampFile, stamp);
