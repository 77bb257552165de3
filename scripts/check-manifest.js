#!/usr/bin/env node
// Fails when the committed custom-elements.json is not what the analyzer makes from the source now.
// (The analyzer's config fixes its output directory, so it runs in place and the old file is put back.)
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const file = 'custom-elements.json';
let committed = '';
try {
  committed = readFileSync(file, 'utf8');
} catch {
  /* a missing manifest is stale */
}
// The analyzer's own bin, not `npx`: npx inside an npm script (npm 11, `npm test` → `npm run`) can
// misread the script's environment and not run the analyzer at all.
execFileSync(process.execPath, [fileURLToPath(import.meta.resolve('@custom-elements-manifest/analyzer/cem.js')), 'analyze', '--litelement'], {
  stdio: ['ignore', 'ignore', 'inherit'],
});
const fresh = readFileSync(file, 'utf8');
const same = committed && JSON.stringify(JSON.parse(fresh)) === JSON.stringify(JSON.parse(committed));
if (!same) {
  if (committed) writeFileSync(file, committed);
  console.error('manifest: custom-elements.json is stale; run `npm run analyze` and commit it');
  process.exit(1);
}
console.log('manifest: custom-elements.json is up to date');
