// Run by `npm run build`, before the compiler. Kysely ships as some 300 ES modules, and loading them is a
// third of a one-question CLI run (150 ms of ~450) that records its answer in the audit log. The store
// imports Kysely as `#kysely` (package.json "imports"): this file, the package and its migrator bundled
// into one module, with types that are the package's own.
import { mkdirSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const out = new URL('../dist/vendor/', import.meta.url);
mkdirSync(out, { recursive: true });
// The migrator is a module of its own; the package's index declares placeholders of its names for types.
const entry = "export * from 'kysely';\nexport { Migrator } from 'kysely/migration';\n";
await build({
  stdin: { contents: entry, resolveDir: new URL('..', import.meta.url).pathname, loader: 'js' },
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outfile: new URL('kysely.js', out).pathname,
  logLevel: 'warning',
  legalComments: 'inline',
});
writeFileSync(new URL('kysely.d.ts', out), `${entry}export type { Migration } from 'kysely/migration';\n`);
